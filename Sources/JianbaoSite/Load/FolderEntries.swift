import Foundation

/// The entries of one folder through readdir(3), for walks over thousands of files where
/// FileManager's enumerator and attributes cost a dictionary per file.
public enum FolderEntries {
    /// One entry: its name and whether it is a folder (nil when readdir could not tell, and a stat must).
    public struct Entry: Sendable {
        public var name: String
        public var isFolder: Bool?
    }

    /// The entries of `folder` without `.` and `..`; nil when it cannot be opened.
    public static func list(_ folder: String) -> [Entry]? {
        guard let handle = opendir(folder) else { return nil }
        defer { closedir(handle) }
        var entries: [Entry] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let type = Int32(entry.pointee.d_type)
            entries.append(Entry(name: name, isFolder: type == Int32(DT_UNKNOWN) ? nil : type == Int32(DT_DIR)))
        }
        return entries
    }
}
