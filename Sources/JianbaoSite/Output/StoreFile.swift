import Foundation
import JianbaoReading

/// Writes one file of the site, or the manifest beside it, always as a new inode.
enum StoreFile {
    /// Marks the names of files being written aside.
    static let partMark = ".part-"

    /// Creates `path`, which must not exist yet (in a new staging folder, another file or a folder
    /// there means two of the site's files want one path), throwing a ``WriteFailure`` with the reason.
    static func create(_ bytes: [UInt8], at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(path: path, code: errno) }
        try fill(descriptor, with: bytes, path: path, remove: path)
    }

    // Written under a name of its own in the same folder, then renamed over the path: a killed build
    // never leaves half a file under the real name.
    /// Replaces `path` with a new file holding `bytes`, throwing a ``WriteFailure`` with the system's reason.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let aside = path + partMark + "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let descriptor = open(aside, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(path: path, code: errno) }
        try fill(descriptor, with: bytes, path: path, remove: aside)
        guard rename(aside, path) == 0 else {
            let code = errno
            unlink(aside)
            throw WriteFailure(path: path, code: code)
        }
    }

    // Writes all of `bytes` and closes the file; on failure removes `remove`.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8], path: String, remove aside: String) throws {
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
    }

    /// The same, as a warning instead of an error: for the manifest, which only saves the next build time.
    static func tryWrite(_ bytes: [UInt8], to path: String, what: String) -> Diagnostic? {
        do {
            try write(bytes, to: path)
            return nil
        } catch {
            return Diagnostic(file: path, line: 0, message: "\(what) could not be saved (\(SystemMessage.of(error))); the next build will be slower, not wrong")
        }
    }
}
