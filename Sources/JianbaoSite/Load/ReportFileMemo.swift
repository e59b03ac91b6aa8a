import Synchronization
import Foundation
import JianbaoReading

/// Report files a long-running process has read: a rebuild reads again only the files whose stat changed (`serve` at 10,000 reports re-read 127 MB on every save).
public final class ReportFileMemo: Sendable {
    // The change time too: a tool that puts the modification time back cannot put it back.
    private struct Stamp: Equatable {
        var device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64

        init?(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        }
    }

    private struct Remembered {
        /// Nil when the file could not be stat'ed: it is then read again next time.
        var stamp: Stamp?
        var file: ReportFile
    }

    private let files = Mutex<[String: Remembered]>([:])

    public init() {}

    /// The reports in `folder` as `ReportFolder.read` reads them.
    func read(_ folder: URL) throws(ReadingError) -> (files: [ReportFile], skipped: [Diagnostic]) {
        let listing = try ReportFolder.list(folder)
        let known = files.withLock { $0 }
        // Paths as strings: making a URL for each of 10,000 names cost more than their stats.
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        let paths = listing.names.map { base + $0 }
        let results = Array(zip(listing.names, paths)).parallelMap { name, path -> Result<Remembered, Diagnostic> in
            let stamp = Stamp(path)
            if let stamp, let old = known[path], old.stamp == stamp { return .success(old) }
            return ReportFolder.readFile(URL(fileURLWithPath: path), name: name).map { Remembered(stamp: stamp, file: $0) }
        }
        var read: [String: Remembered] = [:]
        read.reserveCapacity(paths.count)
        var list: [Remembered] = []
        var skipped = listing.skipped
        for (path, result) in zip(paths, results) {
            switch result {
            case .success(let remembered):
                read[path] = remembered
                list.append(remembered)
            case .failure(let diagnostic):
                skipped.append(diagnostic)
            }
        }
        files.withLock { $0 = read }
        return (list.map(\.file), skipped)
    }
}
