import Foundation
import JianbaoSite
import ServiceLifecycle

/// Watches reports, templates, assets and site.json, and calls `rebuild` once per burst of saves.
public struct SiteWatcher: Service {
    /// A file's modification time and size, enough to see that it was saved.
    struct Stamp: Hashable, Sendable {
        var modified: Date
        var size: Int

        init(_ info: stat) {
            modified = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
            size = Int(info.st_size)
        }
    }

    public let paths: [String]
    public let interval: Duration
    public let rebuild: @Sendable (_ changed: [String]) async -> Void
    /// The files as they were when the first build started, so a save during that build is not missed.
    let baseline: [String: Stamp]?

    init(paths: [String], interval: Duration = .milliseconds(40), since baseline: [String: Stamp]? = nil,
         rebuild: @escaping @Sendable ([String]) async -> Void) {
        self.paths = paths
        self.interval = interval
        self.baseline = baseline
        self.rebuild = rebuild
    }

    public func run() async throws {
        do {
            try await watch()
        } catch is CancellationError {
            // Shutting down: stopping is the watcher's normal end.
        }
    }

    private func watch() async throws {
        try await cancelWhenGracefulShutdown {
            var known = baseline ?? Self.scan(paths)
            // Looking at every file costs time in proportion to their number: with thousands of reports
            // the pause grows, so that watching never takes more than a fifth of one core.
            var pause = interval
            func look() -> [String: Stamp] {
                let clock = ContinuousClock()
                var stamps: [String: Stamp] = [:]
                let took = clock.measure { stamps = Self.scan(paths) }
                pause = max(interval, took * 4)
                return stamps
            }
            while !Task.isCancelled {
                try await Task.sleep(for: pause)
                var current = look()
                guard current != known else { continue }
                // Editors save in bursts (write, rename, touch): wait until the files hold still. Only
                // the idle looks are spaced out; a save is waited on at the short interval.
                var previous: [String: Stamp]
                repeat {
                    previous = current
                    try await Task.sleep(for: interval)
                    current = look()
                } while current != previous
                let changed = Set(current.keys).union(known.keys).filter { current[$0] != known[$0] }.sorted()
                known = current
                await rebuild(changed)
            }
        }
    }

    /// Every file under the watched paths with its stamp; hidden files and editors' temporary files are left out.
    static func scan(_ paths: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for path in paths {
            let path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                addFolder(path, to: &stamps)
            } else if info.st_mode & S_IFMT == S_IFREG, !isScratch(path) {
                stamps[path] = Stamp(info)
            }
        }
        return stamps
    }

    // readdir(3) and stat(2) rather than FileManager's enumerator and attributes, which cost a
    // dictionary per file: at 10,000 reports one look took 0.15 s, and the watcher's pause grows
    // with it. Linked folders are not entered, so a link loop cannot trap the walk.
    private static func addFolder(_ folder: String, to stamps: inout [String: Stamp]) {
        var info = stat()
        for name in (FolderEntries.list(folder) ?? []).map(\.name) where !isScratch(name) {
            let path = folder + "/" + name
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: addFolder(path, to: &stamps)
            case S_IFREG: stamps[path] = Stamp(info)
            case S_IFLNK where stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG: stamps[path] = Stamp(info)
            default: break
            }
        }
    }

    static func isScratch(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasPrefix("#")
    }
}
