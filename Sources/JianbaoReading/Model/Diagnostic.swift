/// A warning or error tied to a place in a file, printed as `file:line: warning: message`: what the
/// reader did or was unsure about, and what a build could not use.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }

    public var file: String
    public var line: Int
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, severity: Severity = .warning, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// A warning, or an error when `isError`: part of the input could not be used.
    public init(file: String, line: Int, column: Int? = nil, isError: Bool, message: String) {
        self.init(file: file, line: line, column: column, severity: isError ? .error : .warning, message: message)
    }

    /// Whether part of the input could not be used, such as a report that was skipped.
    public var isError: Bool { severity == .error }

    /// Compiler-style form, with control characters in the file name escaped so it stays one line.
    public var description: String {
        "\(Printable.name(file)):\(line)\(column.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)"
    }
}
