/// A span of lines in one report file, 1-based and inclusive.
public struct SourceRange: Sendable, Hashable {
    public var file: String
    public var firstLine: Int
    public var lastLine: Int

    public init(file: String, firstLine: Int, lastLine: Int) {
        self.file = file
        self.firstLine = firstLine
        self.lastLine = lastLine
    }
}
