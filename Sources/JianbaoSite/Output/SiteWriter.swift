import CAtomicSwap
import Foundation

/// Writes an output tree to disk all at once: into a staging folder beside the output, then swapped in.
public enum SiteWriter {
    /// Writes `tree` to `output`; on any failure the previous output is left as it was.
    /// Returns the number of files written.
    @discardableResult
    public static func write(_ tree: OutputTree, to output: String, progress: BuildProgress? = nil) throws(SiteError) -> Int {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        removeLeftovers(of: name, in: parent)
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            progress?.update { $0.pagesTotal = tree.files.count }
            for path in tree.paths {
                defer { progress?.update { $0.pagesWritten += 1 } }
                let file = staging.appendingPathComponent(path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(tree.files[path]!).write(to: file)
            }
            // Keep the placeholder that lets git track an empty output folder.
            if manager.fileExists(atPath: target.appendingPathComponent(".gitkeep").path) {
                try Data().write(to: staging.appendingPathComponent(".gitkeep"))
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw SiteError(file: output, line: 0, reason: "cannot write the site (\(error.localizedDescription)); the previous site is untouched")
        }
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
        return tree.files.count
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
