import CAtomicSwap
import Foundation

/// Writes an output tree to disk all at once through a ``StagingFolder``, and the swap it ends with.
public enum SiteWriter {
    /// How many files the site has and how many of them were written because they changed.
    public struct Written: Sendable, Equatable {
        public var files: Int
        public var changed: Int
    }

    /// Writes `tree` to `output`; on any failure the previous output is left as it was.
    @discardableResult
    public static func write(_ tree: OutputTree, to output: String, progress: BuildProgress? = nil) throws(SiteError) -> Written {
        let staging = try StagingFolder(for: output, progress: progress)
        progress?.update { $0.pagesTotal = tree.files.count }
        _ = tree.paths.parallelMap { staging.add($0, bytes: tree.files[$0]!) }
        return try staging.finish()
    }

    static func swapIn(_ staging: URL, for target: URL, retired: URL, output: String) throws(SiteError) {
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

    static func writeFile(_ bytes: [UInt8], to path: String) throws {
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
