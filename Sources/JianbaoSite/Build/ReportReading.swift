import JianbaoReading

/// What reading one report file gave: the report (nil when the file is not a report) and what the reader said.
public struct ReportReading: Sendable {
    public var report: Report?
    public var diagnostics: [Diagnostic]
    /// What the report was read from (the file's name and bytes, and the reader's options), as a
    /// digest: equal digests mean equal reports, without comparing their text. Made only for a
    /// long-running process (`serve`); nil in a build.
    public var digest: Int?

    public init(report: Report?, diagnostics: [Diagnostic], digest: Int? = nil) {
        self.report = report
        self.diagnostics = diagnostics
        self.digest = digest
    }
}
