/// One report file read into articles and page furniture.
public struct Report: Sendable, Hashable {
    public var file: String
    public var encoding: TextEncoding
    public var articles: [Article]
    /// Page furniture: editor and phone lines, column labels, banners.
    public var furniture: [String]
    /// Every amount of money in the articles' text, in the order the amounts appear in the file.
    public var moneyFacts: [MoneyFact] = []

    public init(file: String, encoding: TextEncoding, articles: [Article], furniture: [String]) {
        self.file = file
        self.encoding = encoding
        self.articles = articles
        self.furniture = furniture
    }
}
