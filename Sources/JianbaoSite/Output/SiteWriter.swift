import JianbaoReading
/// Writes an output tree to disk all at once through a ``StagingFolder``.
public enum SiteWriter {
    /// How many files the site has and how many of them were written because they changed.
    public struct Written: Sendable, Equatable {
        public var files: Int
        public var changed: Int
        /// What went wrong after the swap, which costs the next build time but not this one its site.
        public var warnings: [Diagnostic] = []
    }

    /// Writes `tree` to `output`; on any failure the previous output is left as it was.
    @discardableResult
    public static func write(_ tree: OutputTree, to output: String, progress: BuildProgress? = nil) throws(SiteError) -> Written {
        let staging = try StagingFolder(for: output, progress: progress)
        progress?.update { $0.pagesTotal = tree.files.count }
        _ = tree.paths.parallelMap { staging.add($0, bytes: tree.files[$0]!) }
        return try staging.finish()
    }
}
