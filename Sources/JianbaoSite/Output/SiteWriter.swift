import CAtomicSwap
import Foundation

/// Writes an output tree to disk all at once: into a staging folder beside the output, then swapped in.
///
/// Files whose bytes did not change since the last build are hard-linked into the staging folder
/// rather than written, so they keep their inode and modification time and cost almost nothing.
public enum SiteWriter {
    /// How many files the site has and how many of them were written because they changed.
    public struct Written: Sendable, Equatable {
        public var files: Int
        public var changed: Int
    }

    /// Writes `tree` to `output`; on any failure the previous output is left as it was.
    @discardableResult
    public static func write(_ tree: OutputTree, to output: String, progress: BuildProgress? = nil) throws(SiteError) -> Written {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        let manifestFile = OutputManifest.location(of: target)
        removeLeftovers(of: name, in: parent)
        let previous = manager.fileExists(atPath: target.path) ? OutputManifest.read(manifestFile) : OutputManifest()
        let paths = tree.paths
        let hashes = paths.parallelMap { ContentHash.of(tree.files[$0]!) }
        var next = OutputManifest()
        var changed = 0
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try makeFolders(for: paths, in: staging)
            progress?.update { $0.pagesTotal = paths.count }
            for (path, hash) in zip(paths, hashes) {
                defer { progress?.update { $0.pagesWritten += 1 } }
                let bytes = tree.files[path]!
                let old = target.path + "/" + path
                let new = staging.path + "/" + path
                if let entry = previous.entries[path], entry.hash == hash, entry.size == bytes.count,
                   let stamp = OutputManifest.stamp(old), stamp.inode == entry.inode, stamp.size == entry.size,
                   stamp.modified == entry.modified, link(old, new) == 0 {
                    next.entries[path] = entry
                    continue
                }
                try writeFile(bytes, to: new)
                changed += 1
                if let stamp = OutputManifest.stamp(new) {
                    next.entries[path] = .init(hash: hash, size: bytes.count, inode: stamp.inode, modified: stamp.modified)
                }
            }
            // Keep the placeholder that lets git track an empty output folder.
            if manager.fileExists(atPath: target.appendingPathComponent(".gitkeep").path) {
                try Data().write(to: staging.appendingPathComponent(".gitkeep"))
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw SiteError(file: output, line: 0, reason: "cannot write the site (\(error.localizedDescription)); the previous site is untouched")
        }
        try swapIn(staging, for: target, retired: retired, output: output)
        next.write(to: manifestFile)
        return Written(files: paths.count, changed: changed)
    }

    private static func swapIn(_ staging: URL, for target: URL, retired: URL, output: String) throws(SiteError) {
        let manager = FileManager.default
        if manager.fileExists(atPath: target.path) {
            if jianbao_exchange_paths(staging.path, target.path) == 0 {
                try? manager.removeItem(at: staging)
            } else {
                // Without renameat2 there is a moment with no output folder; a later build removes leftovers.
                do {
                    try manager.moveItem(at: target, to: retired)
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    if !manager.fileExists(atPath: target.path) { try? manager.moveItem(at: retired, to: target) }
                    try? manager.removeItem(at: staging)
                    throw SiteError(file: output, line: 0, reason: "cannot replace the output folder (\(error.localizedDescription)); the previous site is untouched")
                }
                try? manager.removeItem(at: retired)
            }
        } else {
            do {
                try manager.moveItem(at: staging, to: target)
            } catch {
                try? manager.removeItem(at: staging)
                throw SiteError(file: output, line: 0, reason: "cannot create the output folder (\(error.localizedDescription))")
            }
        }
    }

    private static func makeFolders(for paths: [String], in root: URL) throws {
        var folders = Set<Substring>()
        for path in paths {
            var folder = path[...]
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard !folder.isEmpty, folders.insert(folder).inserted else { break }
            }
        }
        for folder in folders.sorted() {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(String(folder)), withIntermediateDirectories: true)
        }
    }

    private static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard count > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            offset += count
        }
    }

    /// Removes staging and retired folders that a killed build left behind.
    static func removeLeftovers(of name: String, in parent: URL) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-") {
            try? manager.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}
