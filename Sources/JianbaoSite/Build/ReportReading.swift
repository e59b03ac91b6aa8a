import JianbaoReading

/// What reading one report file gave: the report (nil when the file is not a report) and what the reader said.
public struct ReportReading: Sendable {
    public var report: Report?
    public var diagnostics: [Diagnostic]
    /// What the report was read from (the file's name and bytes, and the reader's options), as a
    /// digest: equal digests mean equal reports, without comparing their text. Made only for a
    /// long-running process (`serve`); nil in a build.
    public var digest: Int?
    /// The report's articles as the site lists them (`ArticleEntry.entries(of:reportDigest:)`), made
    /// with a reading that has a digest, so that the session that keeps the reading keeps them too;
    /// empty otherwise (a build, `extract`), where the model makes them.
    public var entries: [ArticleEntry]

    public init(report: Report?, diagnostics: [Diagnostic], digest: Int? = nil) {
        self.report = report
        self.diagnostics = diagnostics
        self.digest = digest
        entries = digest.flatMap { digest in report.map { ArticleEntry.entries(of: $0, reportDigest: digest) } } ?? []
    }
}
