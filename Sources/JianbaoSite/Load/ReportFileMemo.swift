import Foundation
import JianbaoReading

/// Report files a long-running process has read, with the hash of their bytes: a rebuild reads and
/// hashes again only the files whose stat changed (`serve` at 10,000 reports re-read 127 MB on every save).
public final class ReportFileMemo: @unchecked Sendable {
    private struct Stamp: Equatable {
        var device: UInt64, inode: UInt64, size: Int64
        var modified: timespec, changed: timespec

        static func == (lhs: Stamp, rhs: Stamp) -> Bool {
            (lhs.device, lhs.inode, lhs.size) == (rhs.device, rhs.inode, rhs.size)
                && (lhs.modified.tv_sec, lhs.modified.tv_nsec, lhs.changed.tv_sec, lhs.changed.tv_nsec)
                == (rhs.modified.tv_sec, rhs.modified.tv_nsec, rhs.changed.tv_sec, rhs.changed.tv_nsec)
        }
    }

    private struct Remembered {
        /// Nil when the file could not be stat'ed: it is then read again next time.
        var stamp: Stamp?
        var file: ReportFile
        var hash: UInt64
    }

    private let lock = NSLock()
    private var files: [String: Remembered] = [:]

    public init() {}

    /// The reports in `folder` as `ReportFolder.read` reads them, with each one's `ContentHash`.
    func read(_ folder: URL) throws(ReadingError) -> (files: [ReportFile], hashes: [UInt64]) {
        let names = try ReportFolder.names(in: folder)
        let known = lock.withLock { files }
        let paths = names.map { folder.appendingPathComponent($0) }
        // The change time too: a tool that restores the modification time cannot restore it.
        let stamps = paths.parallelMap { url -> Stamp? in
            var info = stat()
            guard stat(url.path, &info) == 0 else { return nil }
            return Stamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         modified: info.st_mtim, changed: info.st_ctim)
        }
        let results = Array(names.indices).parallelMap { index -> Result<Remembered, ReadingError> in
            if let stamp = stamps[index], let old = known[paths[index].path], old.stamp == stamp { return .success(old) }
            return Result { () throws(ReadingError) in
                let file = try ReportFolder.readFile(paths[index], name: names[index])
                return Remembered(stamp: stamps[index], file: file, hash: ContentHash.of(file.bytes))
            }
        }
        var read: [String: Remembered] = [:]
        var list: [Remembered] = []
        for (index, result) in results.enumerated() {
            let remembered = try result.get()
            read[paths[index].path] = remembered
            list.append(remembered)
        }
        lock.withLock { files = read }
        return (list.map(\.file), list.map(\.hash))
    }
}
