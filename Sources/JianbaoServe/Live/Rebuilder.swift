import Foundation
import JianbaoSite

/// Runs one build at a time and reports each result to the open pages.
actor Rebuilder {
    let configPath: String?
    let hub: ReloadHub
    let print: @Sendable (String) -> Void
    let timings: Bool
    /// Reports read in earlier builds: a save re-reads only the report that changed.
    let readings = ReadingCache()
    /// Report files as last read, by their stat: a save re-reads only the file saved.
    let files = ReportFileMemo()
    /// Warnings already shown: a rebuild prints only new ones, not the same list on every save.
    private var shown: Set<String> = []

    init(configPath: String?, hub: ReloadHub, timings: Bool = false, print: @escaping @Sendable (String) -> Void) {
        self.configPath = configPath
        self.hub = hub
        self.timings = timings
        self.print = print
    }

    /// Builds the whole site atomically, as `jianbao build` does; a failure keeps the last good site.
    func build(changed: [String]) async {
        do {
            let summary = try await Self.offPool(configPath, readings: readings, files: files, print: print)
            let lines = summary.diagnostics.map(\.description)
            lines.filter { !shown.contains($0) }.forEach(print)
            shown = Set(lines)
            print(summary.line)
            if timings { summary.clock.lines.forEach(print) }
            let stylesheetsOnly = !changed.isEmpty && changed.allSatisfy { $0.hasSuffix(".css") }
            await hub.publish(stylesheetsOnly ? .stylesheet : .reload)
        } catch {
            print(error.description)
            await hub.publish(.failed([error.description]))
        }
    }

    // A build is seconds of synchronous work: it runs on its own thread, not on Swift's small task pool,
    // so requests keep being answered meanwhile.
    private static func offPool(_ configPath: String?, readings: ReadingCache, files: ReportFileMemo,
                                print: @escaping @Sendable (String) -> Void) async throws(SiteError) -> SiteBuild.Summary {
        let result: Result<SiteBuild.Summary, SiteError> = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: Result { () throws(SiteError) in 
                    try SiteBuild.run(config: configPath, overrides: .init(), readings: readings, files: files, lock: .wait(print))
                })
            }
        }
        return try result.get()
    }
}
