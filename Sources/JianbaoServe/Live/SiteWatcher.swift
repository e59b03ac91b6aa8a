import Foundation
import ServiceLifecycle

/// Watches reports, templates, assets and site.json, and calls `rebuild` once per burst of saves.
public struct SiteWatcher: Service {
    /// A file's modification time and size, enough to see that it was saved.
    struct Stamp: Hashable, Sendable {
        var modified: Date
        var size: Int
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
                // Editors save in bursts (write, rename, touch): wait until the files hold still.
                var previous: [String: Stamp]
                repeat {
                    previous = current
                    try await Task.sleep(for: pause)
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
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            let files = isFolder.boolValue
                ? (manager.enumerator(atPath: path)?.allObjects as? [String] ?? []).map { (path as NSString).appendingPathComponent($0) }
                : [path]
            for file in files where !isScratch(file) {
                guard let attributes = try? manager.attributesOfItem(atPath: file),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                stamps[file] = Stamp(modified: attributes[.modificationDate] as? Date ?? .distantPast,
                                     size: (attributes[.size] as? NSNumber)?.intValue ?? 0)
            }
        }
        return stamps
    }

    static func isScratch(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasPrefix("#")
    }
}
