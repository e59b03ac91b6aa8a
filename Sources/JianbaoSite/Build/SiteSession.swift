import Foundation
import Synchronization
import JianbaoReading

/// `serve`'s site in memory: the readings, and for every file of the output its input's digest and
/// its bytes' hash, so a rebuild reads only the reports that changed, makes only the files whose
/// input changed and writes only those whose bytes did.
///
/// Its first build is `build`'s: a staging folder swapped in whole. Later ones replace single files
/// in place, each atomically; a rebuild that fails before writing leaves the last good site as it was.
public final class SiteSession: Sendable {
    private struct State {
        var output = ""
        /// The files `pagesWritten` waits for, and the late ones (site-wide downloads, search).
        var pages: [String: SessionWriter.Kept] = [:]
        var late: [String: SessionWriter.Kept] = [:]
    }

    public let configPath: String?
    private let readings = ReadingCache()
    private let files = ReportFileMemo()
    private let search = SearchMemory()
    private let state = Mutex(State())

    public init(config configPath: String?) {
        self.configPath = configPath
    }

    /// Brings the output up to date with the project on disk: the same steps as `SiteBuild.run`, with
    /// `pagesWritten` called once every page is in place and before the late files are written.
    public func rebuild(lock policy: OutputLock.Policy = .wait({ _ in }), pagesWritten: () -> Void = {}) throws(SiteError) -> SiteBuild.Summary {
        let start = Date()
        var clock = StageClock()
        let (config, configWarnings) = try ProjectLoader.loadConfig(configPath, overrides: .init())
        let lock = try SiteBuild.claim(config, configPath: configPath, lock: policy)
        defer { lock.release() }
        let input = try ProjectLoader.load(config, memo: files)
        clock.lap("load")
        let site = try SiteBuilder.prepare(input, readings: readings, clock: &clock)
        let known = state.withLock { $0 }
        let fresh = known.output != config.output || !OutputGuard.isMarked(config.output)
        let written: (files: Int, changed: Int, warnings: [Diagnostic])
        if fresh {
            written = try firstBuild(site, output: config.output, clock: &clock, pagesWritten: pagesWritten)
        } else {
            written = try update(site, output: config.output, known: known, clock: &clock, pagesWritten: pagesWritten)
        }
        let model = site.pages.model
        return SiteBuild.Summary(
            reports: model.reportCount, articles: model.articles.count, districts: model.districts.count,
            moneyFacts: model.facts.count, filesWritten: written.files, filesChanged: written.changed,
            seconds: Date().timeIntervalSince(start), output: config.output,
            diagnostics: configWarnings + site.diagnostics + written.warnings, corrections: site.corrections, clock: clock
        )
    }

    // Writes the whole site into a staging folder and swaps it in, remembering every file.
    private func firstBuild(_ site: SiteBuilder.Prepared, output: String, clock: inout StageClock,
                            pagesWritten: () -> Void) throws(SiteError) -> (files: Int, changed: Int, warnings: [Diagnostic]) {
        state.withLock { $0 = State() }
        search.forget()
        let staging = try StagingFolder(for: output)
        let (pages, late) = (SessionWriter(staging: staging), SessionWriter(staging: staging))
        let files = site.files
        _ = files.parallelMap { file in (file.isLate ? late : pages).offer(file) }
        SearchPage(pages: site.pages).render(into: late, memory: search)
        clock.lap("render")
        let written = try staging.finish()
        clock.lap("swap")
        pagesWritten()
        state.withLock { $0 = State(output: output, pages: pages.finish().kept, late: late.finish().kept) }
        return (written.files, written.changed, written.warnings)
    }

    // Makes every file whose input changed and writes those whose bytes changed, in place; the late
    // files after `pagesWritten`.
    private func update(_ site: SiteBuilder.Prepared, output: String, known: State, clock: inout StageClock,
                        pagesWritten: () -> Void) throws(SiteError) -> (files: Int, changed: Int, warnings: [Diagnostic]) {
        let pages = SessionWriter(output: output, previous: known.pages)
        let late = SessionWriter(output: output, previous: known.late)
        let files = site.files
        _ = files.filter { !$0.isLate }.parallelMap(batch: 16) { pages.offer($0) }
        let first = pages.finish(keeping: known.late)
        clock.lap("render+write")
        // After a failed write the session forgets the output: the next rebuild writes it whole.
        if let failure = first.failure { throw forget(Self.cannotWrite(output, failure)) }
        state.withLock { $0.pages = first.kept }
        pagesWritten()
        _ = files.filter(\.isLate).parallelMap(batch: 1) { late.offer($0) }
        SearchPage(pages: site.pages).render(into: late, memory: search)
        let second = late.finish(keeping: first.kept)
        clock.lap("late")
        if let failure = second.failure { throw forget(Self.cannotWrite(output, failure)) }
        state.withLock { $0.late = second.kept }
        return (first.kept.count + second.kept.count, first.changed + second.changed, [])
    }

    private func forget(_ error: SiteError) -> SiteError {
        state.withLock { $0 = State() }
        search.forget()
        return error
    }

    private static func cannotWrite(_ output: String, _ failure: Error) -> SiteError {
        SiteError(file: output, line: 0, reason: "cannot write the site (\(SystemMessage.of(failure))); the files not written are written again on the next save")
    }
}
