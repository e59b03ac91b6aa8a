import CAtomicSwap
import Foundation
import Synchronization
import JianbaoReading

/// A site being written beside the output folder, file by file from any thread, then swapped in whole.
///
/// A file whose bytes are those the last build wrote (by the manifest's content hash) and which is
/// still that file on disk is hard-linked from the current output instead of written: it keeps its
/// inode and modification time. The staging folder starts empty, so nothing in it is trusted.
public final class StagingFolder: OutputSink, Sendable {
    private struct State {
        var next = OutputManifest()
        var madeFolders: Set<String> = [""]
        var files = 0
        var changed = 0
        var failure: Error?
    }

    private let output: String
    private let target: URL
    private let staging: URL
    private let retired: URL
    private let manifestFile: URL
    private let previous: OutputManifest
    private let progress: BuildProgress?
    private let state = Mutex(State())

    /// Starts a staging folder for `output`, removing any that a killed build left behind.
    public init(for output: String, progress: BuildProgress? = nil) throws(SiteError) {
        let manager = FileManager.default
        self.output = output
        self.progress = progress
        target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        retired = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        manifestFile = OutputManifest.location(of: target)
        Self.removeLeftovers(of: name, in: parent)
        previous = manager.fileExists(atPath: target.path) ? OutputManifest.read(manifestFile) : OutputManifest()
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw SiteError(file: output, line: 0, reason: "cannot write the site (\(SystemMessage.of(error))); the previous site is untouched")
        }
    }

    /// Links the file from the current output when its bytes are unchanged, else writes it. Two files
    /// at one path, or a file where a folder goes, fail the build at `finish`.
    public func add(_ path: String, bytes: [UInt8]) {
        let hash = ContentHash.of(bytes)
        let new = staging.path + "/" + path
        do {
            try makeFolder(for: path)
            if let kept = previous.entries[path], kept.hash == hash, kept.stamp.size == bytes.count,
               OutputManifest.stamp(target.path + "/" + path) == kept.stamp,
               link(target.path + "/" + path, new) == 0 {
                record(path, kept, written: false)
                return
            }
            try StoreFile.create(bytes, at: new)
            let entry = OutputManifest.stamp(new).map { OutputManifest.Entry(hash: hash, stamp: $0) }
            record(path, entry, written: true)
        } catch {
            state.withLock { if $0.failure == nil { $0.failure = error } }
        }
    }

    private func record(_ path: String, _ entry: OutputManifest.Entry?, written: Bool) {
        state.withLock { state in
            state.next.entries[path] = entry
            state.files += 1
            if written { state.changed += 1 }
        }
        progress?.update { $0.pagesWritten += 1 }
    }

    /// Swaps the staged site in for the output folder; on any failure the previous output is left as it was.
    public func finish() throws(SiteError) -> SiteWriter.Written {
        let done = state.withLock { $0 }
        if let failure = done.failure {
            discard()
            throw SiteError(file: output, line: 0, reason: "cannot write the site (\(SystemMessage.of(failure))); the previous site is untouched")
        }
        do {
            // Keep the placeholder that lets git track an empty output folder.
            if FileManager.default.fileExists(atPath: target.appendingPathComponent(".gitkeep").path) {
                try StoreFile.create([], at: staging.appendingPathComponent(".gitkeep").path)
            }
            // The marker keeps its inode from build to build, as unchanged pages do.
            let marker = staging.appendingPathComponent(OutputGuard.markerName).path
            let live = target.appendingPathComponent(OutputGuard.markerName).path
            if FileManager.default.contents(atPath: live).map(Array.init) != OutputGuard.markerText || link(live, marker) != 0 {
                try StoreFile.create(OutputGuard.markerText, at: marker)
            }
        } catch {
            discard()
            throw SiteError(file: output, line: 0, reason: "cannot write the site (\(SystemMessage.of(error))); the previous site is untouched")
        }
        try Self.swapIn(staging, for: target, retired: retired, output: output)
        var written = SiteWriter.Written(files: done.files, changed: done.changed)
        if let failure = done.next.write(to: manifestFile) { written.warnings.append(failure) }
        return written
    }

    /// Removes the staging folder, leaving the output as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    // Nearly every file goes into a folder made already; making the same folder twice at once is
    // harmless, and a file in the way of one is an error.
    private func makeFolder(for path: String) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let folder = String(path[..<slash])
        if state.withLock({ $0.madeFolders.contains(folder) }) { return }
        try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        _ = state.withLock { $0.madeFolders.insert(folder) }
    }

    private static func swapIn(_ staging: URL, for target: URL, retired: URL, output: String) throws(SiteError) {
        let manager = FileManager.default
        let failed = { (error: Error, what: String) -> SiteError in
            try? manager.removeItem(at: staging)
            return SiteError(file: output, line: 0, reason: "cannot \(what) (\(SystemMessage.of(error))); the previous site is untouched")
        }
        guard manager.fileExists(atPath: target.path) else {
            do { try manager.moveItem(at: staging, to: target) } catch { throw failed(error, "create the output folder") }
            return
        }
        if jianbao_exchange_paths(staging.path, target.path) == 0 {
            // The replaced site is now where the staging folder was.
            remove(staging)
            return
        }
        // Without renameat2 there is a moment with no output folder; a later build removes leftovers.
        do {
            try manager.moveItem(at: target, to: retired)
            try manager.moveItem(at: staging, to: target)
        } catch {
            if !manager.fileExists(atPath: target.path) { try? manager.moveItem(at: retired, to: target) }
            throw failed(error, "replace the output folder")
        }
        remove(retired)
    }

    // Removes a replaced site, making its folders writable first where a user made them read-only:
    // they are this build's own to remove. Links are removed, never followed.
    private static func remove(_ folder: URL) {
        let manager = FileManager.default
        if (try? manager.removeItem(at: folder)) != nil { return }
        var info = stat()
        func unlock(_ path: String) {
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { return }
            chmod(path, (info.st_mode & 0o7777) | S_IRWXU)
            for entry in FolderEntries.list(path) ?? [] where entry.isFolder ?? true { unlock(path + "/" + entry.name) }
        }
        unlock(folder.path)
        try? manager.removeItem(at: folder)
    }

    // Removes staging and retired folders that a killed build left behind, and the spare site and
    // the reading store that earlier versions kept beside the output.
    private static func removeLeftovers(of name: String, in parent: URL) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-") || entry == ".\(name).spare" || entry == ".\(name).cache" {
            remove(parent.appendingPathComponent(entry))
        }
    }
}
