import Foundation

/// Writes files into a folder that may hold other files too, as an export into a Hugo or Jekyll content folder.
public enum FolderWriter {
    /// Writes every file of `tree` under `folder`, leaving files it does not name alone and files whose
    /// bytes are already right untouched. Returns the number of files written.
    @discardableResult
    public static func write(_ tree: OutputTree, into folder: String) throws(SiteError) -> Int {
        let root = URL(fileURLWithPath: folder)
        var written = 0
        for path in tree.paths {
            let file = root.appendingPathComponent(path)
            let bytes = tree.files[path]!
            if let existing = FileManager.default.contents(atPath: file.path), existing.elementsEqual(bytes) { continue }
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: file, options: .atomic)
            } catch {
                throw SiteError(file: file.path, line: 0, reason: "cannot write the file (\(error.localizedDescription))")
            }
            written += 1
        }
        return written
    }
}
