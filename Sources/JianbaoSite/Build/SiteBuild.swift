import JianbaoReading
import Foundation

/// A whole build, disk to disk: load, read, model, then render each page into a staging folder swapped in at the end.
public enum SiteBuild {
    /// What the summary line reports.
    public struct Summary: Sendable {
        public var reports: Int
        public var articles: Int
        public var districts: Int
        public var moneyFacts: Int
        public var filesWritten: Int
        /// Files whose bytes changed; the others were kept as they were.
        public var filesChanged: Int
        public var seconds: Double
        public var output: String
        public var diagnostics: [Diagnostic]
        /// What each of the editor's corrections changed, for `jianbao check`.
        public var corrections: [CorrectionChange] = []
        /// Wall seconds per stage, for `--timings`.
        public var clock: StageClock

        /// `built 5 reports, 21 articles, 12 districts, 9 money facts, 52 files (3 changed) in 0.31 s → Public`.
        public var line: String {
            let errors = diagnostics.filter(\.isError).count
            return "built \(reports) reports, \(articles) articles, \(districts) districts, \(moneyFacts) money facts, "
                + "\(filesWritten) files (\(filesChanged) changed) in \(String(format: "%.2f", seconds)) s → \(output)"
                + (errors > 0 ? " with \(errors) error(s)" : "")
        }
    }

    /// Builds the whole site; `write: false` stops before the output stage, as `jianbao check` does
    /// (`serve` keeps a `SiteSession` instead). A writing build first checks that the output is
    /// Jianbao's to replace, then takes its lock as `lock` says.
    public static func run(config configPath: String?, overrides: ProjectLoader.Overrides, write: Bool = true,
                           progress: BuildProgress? = nil,
                           lock policy: OutputLock.Policy = .wait({ _ in })) throws(SiteError) -> Summary {
        let start = Date()
        var clock = StageClock()
        let (config, configWarnings) = try ProjectLoader.loadConfig(configPath, overrides: overrides)
        let lock = write ? try claim(config, configPath: configPath, lock: policy) : nil
        defer { lock?.release() }
        // load: the only step before the output that touches the disk.
        let input = try ProjectLoader.load(config)
        clock.lap("load")
        // read → model → render, pure; the pages go into the staging folder as they are rendered, so
        // the whole site is never in memory.
        let staging = write ? try StagingFolder(for: config.output, progress: progress) : nil
        let result: SiteBuilder.Result
        do {
            result = try SiteBuilder.build(consume input, progress: progress, clock: &clock, into: staging ?? OutputDiscarder())
        } catch {
            staging?.discard()
            throw error
        }
        // write: the staged site replaces the output whole.
        let written = try staging?.finish()
        if write { clock.lap("swap") }
        return Summary(
            reports: result.model.reportCount, articles: result.model.articles.count,
            districts: result.model.districts.count, moneyFacts: result.moneyFactCount,
            filesWritten: written?.files ?? 0, filesChanged: written?.changed ?? 0, seconds: Date().timeIntervalSince(start), output: config.output,
            diagnostics: configWarnings + result.diagnostics + (written?.warnings ?? []), corrections: result.corrections, clock: clock
        )
    }

    /// Checks that the output folder is Jianbao's to replace and takes its lock as `policy` says.
    static func claim(_ config: SiteConfig, configPath: String?, lock policy: OutputLock.Policy) throws(SiteError) -> OutputLock {
        let protected = OutputGuard.Protected(config: config, siteFolder: ProjectLoader.siteFolder(of: configPath))
        try OutputGuard.check(config.output, protected: protected)
        let lock = try OutputLock(for: config.output, policy: policy)
        // The folder may have changed while this build waited for another.
        do {
            try OutputGuard.check(config.output, protected: protected)
        } catch {
            lock.release()
            throw error
        }
        return lock
    }
}
