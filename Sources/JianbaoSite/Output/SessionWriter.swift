import Foundation
import Synchronization

/// Writes a preview session's files into the live output, each replaced atomically (written aside,
/// then renamed) and only when its bytes changed; `finish` removes the files the site no longer has.
///
/// A file whose input digest is the one last written is not made at all: a page's digest includes its templates'.
final class SessionWriter: OutputSink, Sendable {
    /// What the session knows of a file in the output: its input's digest and the hash of its bytes.
    struct Kept: Sendable, Equatable {
        var digest: Int
        var hash: UInt64
    }

    private struct State {
        var next: [String: Kept] = [:]
        var madeFolders: Set<String> = [""]
        var changed = 0
        var failure: Error?
    }

    private let root: String
    private let previous: [String: Kept]
    private let state = Mutex(State())
    /// Where a session's first build writes: a staging folder swapped in whole, as `build` does.
    private let staging: StagingFolder?

    /// A writer into the live output `output`, which holds the files `previous` describes.
    init(output: String, previous: [String: Kept]) {
        root = output
        self.previous = previous
        staging = nil
    }

    /// A writer for a first build, into `staging`: every file is made and handed over.
    init(staging: StagingFolder) {
        root = ""
        previous = [:]
        self.staging = staging
    }

    /// Makes `file`'s input and, unless its digest is the one last written, its bytes, writing them if they changed.
    func offer(_ file: SiteFile) {
        let made = file.make()
        let digest = made.digest()
        if let kept = previous[file.path], kept.digest == digest {
            return record(file.path, kept, bytes: nil)
        }
        let bytes = made.bytes()
        record(file.path, Kept(digest: digest, hash: ContentHash.of(bytes)), bytes: bytes)
    }

    /// Takes a file made without a digest (the search files): its bytes' hash is its digest.
    func add(_ path: String, bytes: [UInt8]) {
        let hash = ContentHash.of(bytes)
        record(path, Kept(digest: Int(truncatingIfNeeded: hash), hash: hash), bytes: bytes)
    }

    /// Keeps the file at `path` as the last build wrote it, if it did; false if it did not.
    func keep(_ path: String) -> Bool {
        guard let kept = previous[path] else { return false }
        record(path, kept, bytes: nil)
        return true
    }

    private func record(_ path: String, _ kept: Kept, bytes: [UInt8]?) {
        let twice = state.withLock { state in state.next.updateValue(kept, forKey: path) != nil }
        guard !twice else { return fail(WriteFailure(path: root + "/" + path, code: EEXIST)) }
        guard let bytes, previous[path]?.hash != kept.hash else { return }
        if let staging { return staging.add(path, bytes: bytes) }
        do {
            try makeFolder(for: path)
            try StoreFile.write(bytes, to: root + "/" + path)
            state.withLock { $0.changed += 1 }
        } catch {
            fail(error)
        }
    }

    private func fail(_ error: Error) {
        state.withLock { if $0.failure == nil { $0.failure = error } }
    }

    private func makeFolder(for path: String) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let folder = String(path[..<slash])
        if state.withLock({ $0.madeFolders.contains(folder) }) { return }
        try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        _ = state.withLock { $0.madeFolders.insert(folder) }
    }

    /// Removes the files of the last build that this one did not make (nor `others`, another writer's),
    /// and folders left empty; the files now in the output, with how many were written; the first failure.
    func finish(keeping others: [String: Kept] = [:]) -> (kept: [String: Kept], changed: Int, failure: Error?) {
        let done = state.withLock { $0 }
        var failure = done.failure
        for path in previous.keys where done.next[path] == nil && others[path] == nil {
            if unlink(root + "/" + path) != 0, errno != ENOENT, failure == nil { failure = WriteFailure(path: root + "/" + path, code: errno) }
            var folder = (path as NSString).deletingLastPathComponent
            // rmdir removes only empty folders: one still holding files stops the walk up.
            while !folder.isEmpty, rmdir(root + "/" + folder) == 0 { folder = (folder as NSString).deletingLastPathComponent }
        }
        return (done.next, done.changed, failure)
    }
}
