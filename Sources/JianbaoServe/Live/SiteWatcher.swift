import Foundation
import ServiceLifecycle

/// Watches reports, templates, assets and site.json, and calls `rebuild` once per burst of saves.
public struct SiteWatcher: Service {
    public let paths: [String]
    /// How often the files are looked at when the system gives no word of changes.
    public let interval: Duration
    public let rebuild: @Sendable (_ changed: [String]) async -> Void
    /// The files as they were when the first build started, so a save during that build is not missed.
    let baseline: FileStamps?
    /// Whether to ask the kernel for word of changes (inotify) rather than look at every file.
    let listens: Bool

    init(paths: [String], interval: Duration = .milliseconds(40), since baseline: FileStamps? = nil,
         listens: Bool = true, rebuild: @escaping @Sendable ([String]) async -> Void) {
        self.paths = paths
        self.interval = interval
        self.baseline = baseline
        self.listens = listens
        self.rebuild = rebuild
    }

    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                #if canImport(Glibc)
                if listens, let events = FolderEvents(roots: paths) { return try await listen(to: events) }
                #endif
                try await poll()
            }
        } catch is CancellationError {
            // Shutting down: stopping is the watcher's normal end.
        }
    }

    // Editors save in bursts (write, rename, touch): a rebuild waits for a short quiet spell.
    private static let quiet = Duration.milliseconds(20)
    private static let longestBurst = Duration.seconds(1)
    // Past this many touched paths, one look at everything is cheaper than a look at each.
    private static let mostTouched = 256
    // The kernel says nothing of files behind links, of network folders or of a root made after
    // the start: an occasional full look catches those.
    private static let backstop = Duration.seconds(5)

    #if canImport(Glibc)
    private func listen(to events: FolderEvents) async throws {
        let clock = ContinuousClock()
        var known = baseline ?? FileStamps(roots: paths)
        var lastLook = clock.now - Self.backstop
        while !Task.isCancelled {
            var news = events.read()
            if news == .touched([]) {
                guard clock.now - lastLook >= Self.backstop else {
                    try await Task.sleep(for: .milliseconds(10))
                    continue
                }
                events.watchRoots()
                lastLook = clock.now
                let changes = known.changes(to: FileStamps(roots: paths))
                guard !changes.isEmpty else { continue }
                news = .touched(Set(changes))
            }
            let started = clock.now
            var quietSince = started
            while clock.now - quietSince < Self.quiet, clock.now - started < Self.longestBurst {
                try await Task.sleep(for: .milliseconds(5))
                switch (news, events.read()) {
                case (_, .touched(let more)) where more.isEmpty: continue
                case (.touched(let touched), .touched(let more)): news = .touched(touched.union(more))
                default: news = .overflowed
                }
                quietSince = clock.now
            }
            var current = known
            if case .touched(let touched) = news, touched.count <= Self.mostTouched {
                current.refresh(touched)
            } else {
                current = FileStamps(roots: paths)
            }
            let changed = known.changes(to: current)
            known = current
            if !changed.isEmpty { await rebuild(changed) }
        }
    }
    #endif

    private func poll() async throws {
        var known = baseline ?? FileStamps(roots: paths)
        // Looking at every file costs time in proportion to their number: with thousands of reports
        // the pause grows, so that watching never takes more than a fifth of one core.
        var pause = interval
        func look() -> FileStamps {
            let clock = ContinuousClock()
            var stamps: FileStamps?
            let took = clock.measure { stamps = FileStamps(roots: paths) }
            pause = max(interval, took * 4)
            return stamps!
        }
        while !Task.isCancelled {
            try await Task.sleep(for: pause)
            var current = look()
            guard current != known else { continue }
            // Only the idle looks are spaced out; a save is waited on at the short interval.
            var previous: FileStamps
            repeat {
                previous = current
                try await Task.sleep(for: interval)
                current = look()
            } while current != previous
            let changed = known.changes(to: current)
            known = current
            await rebuild(changed)
        }
    }
}
