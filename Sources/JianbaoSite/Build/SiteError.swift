import JianbaoReading

/// A failure that stops a build, with the file, line and column it concerns and what to do.
public struct SiteError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?
    public var reason: String

    public init(file: String, line: Int, column: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// Compiler-style form: `file:line:column: error: reason`.
    public var description: String {
        "\(Printable.name(file)):\(line)\(column.map { ":\($0)" } ?? ""): error: \(reason)"
    }
}
