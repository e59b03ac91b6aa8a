/// One report file read into articles and page furniture.
public struct Report: Sendable, Hashable {
    public var file: String
    public var encoding: TextEncoding
    public var articles: [Article]
    /// Page furniture: editor and phone lines, column labels, banners.
    public var furniture: [String]

    public init(file: String, encoding: TextEncoding, articles: [Article], furniture: [String]) {
        self.file = file
        self.encoding = encoding
        self.articles = articles
        self.furniture = furniture
    }
}
