/// A failure of the reading library that stops it, with the file and line it concerns.
public struct ReadingError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file):\(line): error: \(reason)" }
}
