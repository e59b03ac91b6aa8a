import Foundation
import JianbaoSite

/// Runs one rebuild at a time and reports each result to the open pages.
actor Rebuilder {
    let hub: ReloadHub
    let print: @Sendable (String) -> Void
    let timings: Bool
    /// The site in memory: a save re-reads only the reports saved and rewrites only the files they change.
    let session: SiteSession
    /// Warnings already shown: a rebuild prints only new ones, not the same list on every save.
    private var shown: Set<String> = []

    init(configPath: String?, hub: ReloadHub, timings: Bool = false, print: @escaping @Sendable (String) -> Void) {
        session = SiteSession(config: configPath)
        self.hub = hub
        self.timings = timings
        self.print = print
    }

    /// Brings the site up to date; the open pages reload once its pages are written, before the
    /// site-wide downloads and the search files. A failure keeps the last good site.
    func build(changed: [String]) async {
        let stylesheetsOnly = !changed.isEmpty && changed.allSatisfy { $0.hasSuffix(".css") }
        let hub = hub
        do {
            // The rebuild's own thread waits for the event to go out, so a failure of the late files
            // is always told after the reload, never before it.
            let summary = try await Self.offPool(session, print: print) {
                let sent = DispatchSemaphore(value: 0)
                Task {
                    await hub.publish(stylesheetsOnly ? .stylesheet : .reload)
                    sent.signal()
                }
                sent.wait()
            }
            let lines = summary.diagnostics.map(\.description)
            lines.filter { !shown.contains($0) }.forEach(print)
            shown = Set(lines)
            print(summary.line)
            if timings { summary.clock.lines.forEach(print) }
        } catch {
            print(error.description)
            await hub.publish(.failed([error.description]))
        }
    }

    // A rebuild can be seconds of synchronous work: it runs on its own thread, not on Swift's small
    // task pool, so requests keep being answered meanwhile.
    private static func offPool(_ session: SiteSession, print: @escaping @Sendable (String) -> Void,
                                pagesWritten: @escaping @Sendable () -> Void) async throws(SiteError) -> SiteBuild.Summary {
        let result: Result<SiteBuild.Summary, SiteError> = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let result = Result { () throws(SiteError) in
                    try session.rebuild(lock: .wait(print), pagesWritten: pagesWritten)
                }
                // A rebuild's views and pages are freed when it ends, but the allocator keeps the
                // pages it got for them: handing them back keeps a long session at its working size.
                _ = mallocTrim(0)
                continuation.resume(returning: result)
            }
        }
        return try result.get()
    }
}

// glibc's malloc_trim(3), which Swift's Glibc module does not export.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
