import JianbaoReading

/// What reading one report file gave: the report (nil when the file is not a report) and what the reader said.
public struct ReportReading: Sendable {
    public var report: Report?
    public var diagnostics: [Diagnostic]

    public init(report: Report?, diagnostics: [Diagnostic]) {
        self.report = report
        self.diagnostics = diagnostics
    }
}
