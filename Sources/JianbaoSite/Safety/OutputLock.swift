import Foundation
import JianbaoReading

/// One build of an output folder at a time: an exclusive `flock` on a file beside it (`.Public.lock`),
/// held from before the staging folder is made until the caches are stored, and released when the
/// process ends however it ends.
public final class OutputLock: @unchecked Sendable {
    /// What a build does when another holds the lock.
    public enum Policy: Sendable {
        /// Wait for it, telling the user once with this message.
        case wait(@Sendable (String) -> Void)
        /// Fail at once (`--no-wait`).
        case fail
    }

    private var descriptor: Int32

    /// Takes the lock of `output`'s folder, as `policy` says when another build has it.
    public init(for output: String, policy: Policy) throws(SiteError) {
        let path = Self.location(of: output)
        // A new output's folders are made first, as the build would make them anyway.
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw SiteError(file: output, line: 0, reason: "cannot make the build lock \(path): \(SystemMessage.of(errno)); check that the folder above the output is a writable folder")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let holder = Self.holder(descriptor).map { " (process \($0))" } ?? ""
            switch policy {
            case .fail:
                close(descriptor)
                throw SiteError(file: output, line: 0, reason: "another build of this site is running\(holder); wait for it to end, or leave out --no-wait to wait")
            case .wait(let tell):
                tell("waiting for another build of \(output) to end\(holder)…")
                while flock(descriptor, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let reason = SystemMessage.of(errno)
                        close(descriptor)
                        throw SiteError(file: path, line: 0, reason: "cannot take the build lock: \(reason)")
                    }
                }
            }
        }
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 { _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) } }
    }

    deinit { release() }

    /// Lets the next build go; the lock file stays, since removing it would let two builds lock two files.
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    /// The lock file beside `output`: `.Public.lock` for `Public`.
    static func location(of output: String) -> String {
        let target = URL(fileURLWithPath: output).standardizedFileURL
        return target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).lock").path
    }

    private static func holder(_ descriptor: Int32) -> Int? {
        var bytes = [UInt8](repeating: 0, count: 24)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: bytes.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
