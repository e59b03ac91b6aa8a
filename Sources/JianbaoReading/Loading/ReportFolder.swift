import Foundation

/// Reads report files from disk: the only place in the reading library that touches it.
public enum ReportFolder {
    /// Reads every `.txt` file in `folder` (not recursing), sorted by name.
    public static func read(_ folder: URL) throws(ReadingError) -> [ReportFile] {
        try names(in: folder).map { name throws(ReadingError) in try readFile(folder.appendingPathComponent(name), name: name) }
    }

    /// The names of the `.txt` files in `folder` (not hidden ones), sorted: the reports `read(_:)` reads.
    public static func names(in folder: URL) throws(ReadingError) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ReadingError(file: folder.path, line: 0, reason: "reports folder not found; create it or pass --reports DIR")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw ReadingError(file: folder.path, line: 0, reason: "cannot list the reports folder: \(error.localizedDescription)")
        }
        return names.filter { $0.lowercased().hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
    }

    /// Reads the given paths: files as they are, folders as with `read(_:)`.
    public static func read(paths: [String]) throws(ReadingError) -> [ReportFile] {
        var files: [ReportFile] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ReadingError(file: path, line: 0, reason: "no such file or folder")
            }
            let url = URL(fileURLWithPath: path)
            if isFolder.boolValue {
                files += try read(url)
            } else {
                files.append(try readFile(url, name: url.lastPathComponent))
            }
        }
        return files
    }

    /// Reads one report file; `name` is what the site and its messages call it.
    public static func readFile(_ url: URL, name: String) throws(ReadingError) -> ReportFile {
        do {
            let data = try Data(contentsOf: url)
            return ReportFile(name: name, bytes: [UInt8](data))
        } catch {
            throw ReadingError(file: name, line: 0, reason: "cannot read the file: \(error.localizedDescription)")
        }
    }
}
