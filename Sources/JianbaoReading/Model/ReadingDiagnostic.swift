/// Something the reader did or was unsure about, tied to a place in a report.
public struct ReadingDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }

    public var file: String
    public var line: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, severity: Severity = .warning, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// Compiler-style form: `file:line: warning: message`.
    public var description: String { "\(file):\(line): \(severity.rawValue): \(message)" }
}
