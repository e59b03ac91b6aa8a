import Foundation
import JianbaoReading

/// Writes one file so that it is whole or absent, and always as a new inode: the site's pages and
/// the caches and manifest beside it.
enum StoreFile {
    /// Marks the names of files being written; a folder's pruning leaves them to their writer.
    static let partMark = ".part-"

    // Written under a name of its own in the same folder, then renamed over the path: a killed build
    // never leaves half a file under the real name, and a hard link to the live site's file is
    // replaced, never written through.
    /// Writes `bytes` to `path` as a new file, throwing a ``WriteFailure`` with the system's reason.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let aside = path + partMark + "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let descriptor = open(aside, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(path: path, code: errno) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let code = count < 0 ? errno : ENOSPC
                close(descriptor)
                unlink(aside)
                throw WriteFailure(path: path, code: code)
            }
            offset += count
        }
        // close(2) reports a delayed write error (a full disk on some file systems).
        if close(descriptor) != 0 {
            let code = errno
            unlink(aside)
            throw WriteFailure(path: path, code: code)
        }
        guard rename(aside, path) == 0 else {
            let code = errno
            unlink(aside)
            throw WriteFailure(path: path, code: code)
        }
    }

    /// The same, as a warning for `file` instead of an error: for caches, which only save time.
    static func tryWrite(_ bytes: [UInt8], to path: String, what: String) -> Diagnostic? {
        do {
            try write(bytes, to: path)
            return nil
        } catch {
            return Diagnostic(file: path, line: 0, message: "\(what) could not be saved (\(SystemMessage.of(error))); the next build will be slower, not wrong")
        }
    }
}
