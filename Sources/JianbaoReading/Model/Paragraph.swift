/// One paragraph of article text with the lines it came from.
public struct Paragraph: Sendable, Hashable {
    public var text: String
    public var source: SourceRange

    public init(text: String, source: SourceRange) {
        self.text = text
        self.source = source
    }
}
