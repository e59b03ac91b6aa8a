import CAtomicSwap
import Foundation
import JianbaoReading

/// A site being written beside the output folder, file by file from any thread, then swapped in whole.
///
/// Files whose bytes did not change since the last build are hard-linked from the current output
/// rather than written, so they keep their inode and modification time and cost almost nothing.
///
/// The site a build replaces is kept beside the output as the spare (`.Public.spare`), and the next
/// build stages into it: most of its files are already the output's files (hard links to the same
/// inodes), so only what changed since is linked or written, instead of linking every file again.
/// Nothing in the spare is trusted but that inode identity; whatever else it holds is replaced or removed.
public final class StagingFolder: OutputSink, @unchecked Sendable {
    private let output: String
    private let target: URL
    private let staging: URL
    private let retired: URL
    private let spare: URL
    private let manifestFile: URL
    private let previous: OutputManifest
    private let progress: BuildProgress?

    private let lock = NSLock()
    private var next = OutputManifest()
    // Folders this build uses (claimed before they are made, to tell clashes) and those already made.
    private var folders: Set<String> = [""]
    private var madeFolders: Set<String> = [""]
    // Paths this build has taken, marked before they are made, so a clash with the spare's leftovers
    // is told apart from two of this build's own files wanting the same path.
    private var claimed: Set<String> = []
    private var files = 0
    private var changed = 0
    private var failure: Error?

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
        spare = parent.appendingPathComponent(".\(name).spare")
        manifestFile = OutputManifest.location(of: target)
        Self.removeLeftovers(of: name, in: parent)
        previous = manager.fileExists(atPath: target.path) ? OutputManifest.read(manifestFile) : OutputManifest()
        next.entries.reserveCapacity(previous.entries.count)
        // Taking the spare is one rename; when another build took it first, or there is none, staging
        // starts empty. A spare without an output beside it is of no use.
        if !manager.fileExists(atPath: target.path) || rename(spare.path, staging.path) != 0 {
            try? manager.removeItem(at: spare)
        }
        // Only a real folder of this user's is staged into: anything else where the spare was (a link,
        // a file) is removed, never followed, and a folder left read-only is made writable again.
        var info = stat()
        if lstat(staging.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR || info.st_uid != getuid() {
            if info.st_mode & S_IFMT == S_IFDIR { try? manager.removeItem(at: staging) } else { unlink(staging.path) }
        }
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try Self.makeWritable(staging.path)
        } catch {
            try? manager.removeItem(at: staging)
            throw SiteError(file: output, line: 0, reason: "cannot write the site (\(SystemMessage.of(error))); the previous site is untouched")
        }
    }

    /// Links the file from the current output when its bytes are unchanged, else writes it.
    public func add(_ path: String, bytes: [UInt8]) {
        add(path, bytes: bytes, viewKey: 0)
    }

    /// The same, remembering the key of the view the page was rendered from.
    public func add(_ path: String, bytes: [UInt8], viewKey: UInt64) {
        let hash = ContentHash.of(bytes)
        do {
            let staged = try claim(path)
            if let kept = previous.entries[path], kept.hash == hash, kept.size == bytes.count, linkUnchanged(path, kept, staged: staged) {
                record(path, OutputManifest.Entry(hash: hash, size: kept.size, inode: kept.inode, modified: kept.modified, view: viewKey), written: false)
                return
            }
            let new = staging.path + "/" + path
            // A spare's file may be a link to the output's: it is replaced, never written through.
            try StoreFile.write(bytes, to: new)
            let entry = OutputManifest.stamp(new).map { OutputManifest.Entry(hash: hash, size: bytes.count, inode: $0.inode, modified: $0.modified, view: viewKey) }
            record(path, entry, written: true)
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
    }

    /// Links the page from the current output when the last build rendered it from a view with the same key.
    public func keep(_ path: String, viewKey: UInt64) -> Bool {
        guard viewKey != 0, previous.binary == JianbaoBinary.identity,
              let kept = previous.entries[path], kept.view == viewKey else { return false }
        let staged: OutputManifest.Stamp?
        do { staged = try claim(path) } catch { return false }
        guard linkUnchanged(path, kept, staged: staged) else { return false }
        record(path, kept, written: false)
        return true
    }

    // Links the current output's file into the staging folder if it is still the one the manifest
    // describes. A spare's file that is that file (its inode, size and modification time, as
    // `staged` found them) stays: one stat, where most files of a rebuild are.
    private func linkUnchanged(_ path: String, _ kept: OutputManifest.Entry, staged: OutputManifest.Stamp?) -> Bool {
        if let staged, staged.inode == kept.inode, staged.size == kept.size, staged.modified == kept.modified { return true }
        let old = target.path + "/" + path
        guard let stamp = OutputManifest.stamp(old), stamp.inode == kept.inode, stamp.size == kept.size,
              stamp.modified == kept.modified else { return false }
        let new = staging.path + "/" + path
        unlink(new)
        return link(old, new) == 0
    }

    // Takes `path` for this build (again, when a page that could not be kept is written): its folders
    // are made, and whatever the spare has in its way is removed. A path that this build also uses
    // as a folder is an error. Returns the stamp of the spare's file at `path`, if it has one.
    private func claim(_ path: String) throws -> OutputManifest.Stamp? {
        try lock.withLock {
            guard !folders.contains(path) else { throw Self.clash(path) }
            claimed.insert(path)
        }
        try makeFolder(for: path)
        var info = stat()
        let staged = staging.path + "/" + path
        guard lstat(staged, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFDIR {
            try lock.withLock {
                guard !folders.contains(path) else { throw Self.clash(path) }
                try FileManager.default.removeItem(atPath: staged)
            }
            return nil
        }
        return info.st_mode & S_IFMT == S_IFREG ? OutputManifest.stamp(info) : nil
    }

    private static func clash(_ path: String) -> CocoaError {
        CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path) is both a file and a folder"])
    }

    private func record(_ path: String, _ entry: OutputManifest.Entry?, written: Bool) {
        lock.withLock {
            next.entries[path] = entry
            files += 1
            if written { changed += 1 }
        }
        progress?.update { $0.pagesWritten += 1 }
    }

    /// Swaps the staged site in for the output folder; on any failure the previous output is left as it was.
    public func finish() throws(SiteError) -> SiteWriter.Written {
        let manager = FileManager.default
        lock.lock()
        let failure = self.failure
        lock.unlock()
        if let failure {
            discard()
            throw SiteError(file: output, line: 0, reason: "cannot write the site (\(SystemMessage.of(failure))); the previous site is untouched")
        }
        removeStrays()
        do {
            // Keep the placeholder that lets git track an empty output folder (a spare's may be a link to it).
            unlink(staging.appendingPathComponent(".gitkeep").path)
            if manager.fileExists(atPath: target.appendingPathComponent(".gitkeep").path) {
                try StoreFile.write([], to: staging.appendingPathComponent(".gitkeep").path)
            }
            // The marker keeps its inode from build to build, as unchanged pages do.
            let marker = staging.appendingPathComponent(OutputGuard.markerName).path
            let live = target.appendingPathComponent(OutputGuard.markerName).path
            if manager.contents(atPath: marker).map(Array.init) != OutputGuard.markerText {
                unlink(marker)
                if manager.contents(atPath: live).map(Array.init) != OutputGuard.markerText || link(live, marker) != 0 {
                    try StoreFile.write(OutputGuard.markerText, to: marker)
                }
            }
        } catch {
            discard()
            throw SiteError(file: output, line: 0, reason: "cannot write the site (\(SystemMessage.of(error))); the previous site is untouched")
        }
        try Self.swapIn(staging, for: target, retired: retired, spare: spare, output: output)
        lock.lock()
        var manifest = next
        manifest.binary = JianbaoBinary.identity
        var written = SiteWriter.Written(files: files, changed: changed)
        lock.unlock()
        if let failure = manifest.write(to: manifestFile) { written.warnings.append(failure) }
        return written
    }

    /// Removes the staging folder, leaving the output as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func makeFolder(for path: String) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let folder = String(path[..<slash])
        // Nearly every file goes into a folder made already, and then so are the folders above it.
        if lock.withLock({ madeFolders.contains(folder) }) { return }
        // Each folder and those above it are claimed first; creating the same folder twice at once is
        // harmless: the second call finds it made.
        var ancestors: [String] = []
        var prefix = folder[...]
        while !prefix.isEmpty {
            ancestors.append(String(prefix))
            prefix = prefix.lastIndex(of: "/").map { prefix[..<$0] } ?? ""
        }
        let new = try lock.withLock { () throws -> [String] in
            let new = ancestors.filter { !madeFolders.contains($0) }
            if let taken = new.first(where: claimed.contains) { throw Self.clash(taken) }
            folders.formUnion(new)
            return new
        }
        guard !new.isEmpty else { return }
        // A spare's file where a folder now goes is removed; one of this build's own is a clash.
        var info = stat()
        for ancestor in new.reversed() where lstat(staging.path + "/" + ancestor, &info) == 0 && info.st_mode & S_IFMT != S_IFDIR {
            try lock.withLock {
                guard !claimed.contains(ancestor) else { throw Self.clash(ancestor) }
                unlink(staging.path + "/" + ancestor)
            }
        }
        try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        for ancestor in new { try Self.makeWritable(staging.path + "/" + ancestor) }
        lock.withLock { madeFolders.formUnion(new) }
    }

    // Removes what the spare held that this build did not make: files no page wrote, and then empty
    // folders. readdir's entry types spare a stat per file.
    private func removeStrays(in relative: String = "") {
        let path = relative.isEmpty ? staging.path : staging.path + "/" + relative
        for entry in FolderEntries.list(path) ?? [] {
            let name = entry.name
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            if entry.isFolder ?? (lstat(path + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR) {
                removeStrays(in: child)
                if !folders.contains(child) { rmdir(path + "/" + name) }
            } else if !claimed.contains(child), child != ".gitkeep", child != OutputGuard.markerName {
                unlink(path + "/" + name)
            }
        }
    }

    private static func swapIn(_ staging: URL, for target: URL, retired: URL, spare: URL, output: String) throws(SiteError) {
        let manager = FileManager.default
        if manager.fileExists(atPath: target.path) {
            if jianbao_exchange_paths(staging.path, target.path) == 0 {
                // The replaced site becomes the next build's spare.
                if rename(staging.path, spare.path) != 0 { try? manager.removeItem(at: staging) }
            } else {
                // Without renameat2 there is a moment with no output folder; a later build removes leftovers.
                do {
                    try manager.moveItem(at: target, to: retired)
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    if !manager.fileExists(atPath: target.path) { try? manager.moveItem(at: retired, to: target) }
                    try? manager.removeItem(at: staging)
                    throw SiteError(file: output, line: 0, reason: "cannot replace the output folder (\(SystemMessage.of(error))); the previous site is untouched")
                }
                try? manager.removeItem(at: retired)
            }
        } else {
            do {
                try manager.moveItem(at: staging, to: target)
            } catch {
                try? manager.removeItem(at: staging)
                throw SiteError(file: output, line: 0, reason: "cannot create the output folder (\(SystemMessage.of(error)))")
            }
        }
    }

    // A folder of the spare left without write permission (a user's chmod on the live site) is this
    // build's own to fix; one that cannot be fixed is an error, never written around.
    private static func makeWritable(_ folder: String) throws {
        guard access(folder, W_OK | X_OK) != 0 else { return }
        var info = stat()
        guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
              chmod(folder, (info.st_mode & 0o7777) | S_IRWXU) == 0, access(folder, W_OK | X_OK) == 0 else {
            throw WriteFailure(path: folder, code: EACCES)
        }
    }

    // Removes staging and retired folders that a killed build left behind.
    private static func removeLeftovers(of name: String, in parent: URL) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-") {
            try? manager.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}
