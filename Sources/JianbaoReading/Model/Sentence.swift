/// One sentence of article text and the lines it was read from.
public struct Sentence: Sendable, Hashable {
    public var text: String
    /// Usually one range; two when the sentence was repaired from parts printed apart.
    public var sources: [SourceRange]

    public init(text: String, sources: [SourceRange]) {
        self.text = text
        self.sources = sources
    }
}
