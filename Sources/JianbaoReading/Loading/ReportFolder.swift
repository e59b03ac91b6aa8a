import Foundation

/// Reads report files from disk: the only place in the reading library that touches it.
///
/// One bad entry never blocks the rest: an entry that is not a readable regular file inside the
/// folder (a folder named `x.txt`, a pipe, a device, a link that leads nowhere or out of the folder, a
/// name that is not UTF-8, a file that cannot be opened) is skipped with an error of its own.
public enum ReportFolder {
    /// The reports of a folder, and the entries skipped.
    public struct Listing: Sendable, Equatable {
        /// Report names (relative to the folder), sorted.
        public var names: [String]
        public var skipped: [Diagnostic]
    }

    /// The files read, and an error for each entry skipped.
    public struct Files: Sendable, Equatable {
        public var files: [ReportFile]
        public var skipped: [Diagnostic]

        mutating func add(_ read: Result<ReportFile, Diagnostic>) {
            switch read {
            case .success(let file): files.append(file)
            case .failure(let error): skipped.append(error)
            }
        }
    }

    /// Reads every `.txt` file in `folder` (not recursing), sorted by name.
    public static func read(_ folder: URL) throws(ReadingError) -> Files {
        let listing = try list(folder)
        var files = Files(files: [], skipped: listing.skipped)
        for name in listing.names { files.add(readFile(folder.appendingPathComponent(name), name: name)) }
        return files
    }

    /// The `.txt` entries of `folder` (not hidden ones) that are reports, sorted, and those skipped.
    public static func list(_ folder: URL) throws(ReadingError) -> Listing {
        var info = stat()
        // The path made once: a URL's path is made anew at each ask, which cost more than the entry's lstat.
        let path = folder.path
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw ReadingError(file: path, line: 0, reason: "reports folder not found; create it or pass --reports DIR")
        }
        guard let handle = opendir(path) else {
            throw ReadingError(file: path, line: 0, reason: "cannot list the reports folder: \(SystemMessage.of(errno))")
        }
        defer { closedir(handle) }
        let root = RealPath.of(path) ?? path
        var listing = Listing(names: [], skipped: [])
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: "."), isReportName(bytes) else { continue }
            let (shown, valid) = Printable.name(bytes: bytes)
            guard valid else {
                listing.skipped.append(skip(shown, "the file name is not valid UTF-8 (its bad bytes are shown as \\xNN); rename the file"))
                continue
            }
            let name = String(decoding: bytes, as: UTF8.self)
            if let reason = problem(with: path + "/" + name, inside: root) {
                listing.skipped.append(skip(shown, reason))
            } else {
                listing.names.append(name)
            }
        }
        listing.names.sort()
        listing.skipped.sort { $0.file < $1.file }
        return listing
    }

    /// Reads the given paths: files as they are, folders as with `read(_:)`.
    public static func read(paths: [String]) throws(ReadingError) -> Files {
        var files = Files(files: [], skipped: [])
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw ReadingError(file: path, line: 0, reason: "no such file or folder")
            }
            let url = URL(fileURLWithPath: path)
            if info.st_mode & S_IFMT == S_IFDIR {
                let more = try read(url)
                files.files += more.files
                files.skipped += more.skipped
            } else {
                files.add(readFile(url, name: url.lastPathComponent))
            }
        }
        return files
    }

    /// Reads one report file; `name` is what the site and its messages call it. A file that changes
    /// while it is read (an editor saving in place) is read again once it holds still.
    public static func readFile(_ url: URL, name: String) -> Result<ReportFile, Diagnostic> {
        let shown = Printable.name(name)
        // Non-blocking, so that a pipe put where a file was cannot hang the build.
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(skip(shown, "cannot read the file: \(SystemMessage.of(errno))")) }
        defer { close(descriptor) }
        waitForStillness(descriptor)
        for attempt in 0..<settleAttempts {
            var before = stat()
            guard fstat(descriptor, &before) == 0 else { return .failure(skip(shown, "cannot read the file: \(SystemMessage.of(errno))")) }
            guard before.st_mode & S_IFMT == S_IFREG else { return .failure(skip(shown, "not a regular file; only text files are reports")) }
            guard let bytes = readAll(descriptor, expected: Int(before.st_size)) else {
                return .failure(skip(shown, "cannot read the file: \(SystemMessage.of(errno))"))
            }
            var after = stat()
            if fstat(descriptor, &after) == 0, after.st_size == before.st_size, after.st_mtim.tv_sec == before.st_mtim.tv_sec,
               after.st_mtim.tv_nsec == before.st_mtim.tv_nsec, bytes.count == Int(after.st_size) || attempt == settleAttempts - 1 {
                return .success(ReportFile(name: name, bytes: bytes))
            }
            usleep(settlePause)
        }
        return .failure(skip(shown, "the file kept changing while it was read; save it again once the editor is done"))
    }

    // A save in progress is waited on for up to half a second.
    private static let settleAttempts = 10
    private static let settlePause: UInt32 = 50_000
    // A file modified less than this long ago may still be being written (an editor that saves in
    // place writes in pieces): it is read once it has been left alone that long, waiting at most `patience`.
    private static let stillness: Int64 = 50_000_000
    private static let patience: Int64 = 2_000_000_000

    private static func waitForStillness(_ descriptor: Int32) {
        var waited: Int64 = 0
        var info = stat()
        while waited < patience, fstat(descriptor, &info) == 0 {
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            let age = (Int64(now.tv_sec) - Int64(info.st_mtim.tv_sec)) * 1_000_000_000 + Int64(now.tv_nsec) - Int64(info.st_mtim.tv_nsec)
            // A modification time in the future (a clock set wrong) is not waited on.
            guard age >= 0, age < stillness else { return }
            usleep(UInt32((stillness - age) / 1000) + 1)
            waited += stillness - age
        }
    }

    private static func readAll(_ descriptor: Int32, expected: Int) -> [UInt8]? {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: max(bytes.count, 4096)) }
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0, errno == EINTR { continue }
            if read < 0 { return nil }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func isReportName(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 4 else { return false }
        return bytes.suffix(4).map { $0 | 0x20 }.elementsEqual(".txt".utf8)
    }

    // Why the entry at `path` is not a report, or nil when it is one: a regular file, or a link to one
    // inside the folder (`root`, resolved).
    private static func problem(with path: String, inside root: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "cannot look at the file: \(SystemMessage.of(errno))" }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = RealPath.of(path) else {
                return errno == ELOOP ? "a symbolic link in a loop; remove it" : "a symbolic link to nothing (its target is gone); remove it"
            }
            guard target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                return "a symbolic link to \(Printable.name(target)), outside the reports folder; it is not followed (copy the file in instead)"
            }
            guard stat(path, &info) == 0 else { return "cannot look at the file: \(SystemMessage.of(errno))" }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder, not a report file; reports are read from the folder itself, not from folders in it"
        case S_IFIFO: return "a named pipe, not a report file"
        case S_IFCHR, S_IFBLK: return "a device, not a report file"
        case S_IFSOCK: return "a socket, not a report file"
        default: return "not a regular file"
        }
    }

    private static func skip(_ name: String, _ reason: String) -> Diagnostic {
        Diagnostic(file: name, line: 0, severity: .error, message: "skipped: \(reason)")
    }
}

extension Diagnostic: Error {}
