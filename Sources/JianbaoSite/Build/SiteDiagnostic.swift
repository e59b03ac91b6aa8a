import JianbaoReading

/// A warning or error from building the site, printed as `file:line: warning: message`.
public struct SiteDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?
    /// An error means part of the input could not be used: a report was skipped.
    public var isError: Bool
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, isError: Bool = false, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.isError = isError
        self.message = message
    }

    /// A reader's diagnostic as a build reports it.
    public init(_ reading: ReadingDiagnostic) {
        self.init(file: reading.file, line: reading.line, isError: reading.severity == .error, message: reading.message)
    }

    /// Compiler-style form, with control characters in the file name escaped so it stays one line.
    public var description: String {
        "\(Printable.name(file)):\(line)\(column.map { ":\($0)" } ?? ""): \(isError ? "error" : "warning"): \(message)"
    }
}
