import Foundation
import JianbaoSite

/// The watched files with their stamps, looked at all at once or only where a change was seen.
struct FileStamps: Equatable, Sendable {
    /// A file's modification time and size, enough to see that it was saved.
    struct Stamp: Hashable, Sendable {
        var modified: Date
        var size: Int

        init(_ info: stat) {
            modified = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
            size = Int(info.st_size)
        }
    }

    /// The roots as given: folders walked whole, and single files.
    let roots: [String]
    private(set) var stamps: [String: Stamp] = [:]

    /// Every file under `roots` with its stamp; hidden files and editors' temporary files are left out.
    init(roots: [String]) {
        self.roots = roots.map(Self.trimmed)
        for root in self.roots { add(root, isRoot: true) }
    }

    /// The paths whose stamp differs between `self` and `other`, sorted.
    func changes(to other: FileStamps) -> [String] {
        Set(stamps.keys).union(other.stamps.keys).filter { stamps[$0] != other.stamps[$0] }.sorted()
    }

    /// Looks again at `touched` paths only: a file's stamp, a folder's whole contents, or that a
    /// path (and all under it) is gone.
    mutating func refresh(_ touched: Set<String>) {
        for path in touched {
            stamps[path] = nil
            // Only a folder has paths under it, and only a touched folder can have lost them.
            let under = path + "/"
            if stamps.keys.contains(where: { $0.hasPrefix(under) }) {
                stamps = stamps.filter { !$0.key.hasPrefix(under) }
            }
        }
        for path in touched where isWatched(path) { add(path, isRoot: roots.contains(path)) }
    }

    // Under a root, and not inside a hidden or scratch folder the walk would have skipped.
    private func isWatched(_ path: String) -> Bool {
        roots.contains { root in
            if path == root { return true }
            let prefix = root == "/" ? "/" : root + "/"
            return path.hasPrefix(prefix) && !path.dropFirst(prefix.count).split(separator: "/").contains { Self.isScratch(String($0)) }
        }
    }

    // A root is followed if it is a link; inside the roots, linked folders are not entered, so a
    // link loop cannot trap the walk, and linked files count.
    private mutating func add(_ path: String, isRoot: Bool) {
        var info = stat()
        guard (isRoot ? stat(path, &info) : lstat(path, &info)) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: addFolder(path)
        case S_IFREG where !Self.isScratch(path): stamps[path] = Stamp(info)
        case S_IFLNK where stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG: stamps[path] = Stamp(info)
        default: break
        }
    }

    // readdir(3) and stat(2) rather than FileManager's enumerator and attributes, which cost a
    // dictionary per file.
    private mutating func addFolder(_ folder: String) {
        for name in (FolderEntries.list(folder) ?? []).map(\.name) where !Self.isScratch(name) {
            add(folder + "/" + name, isRoot: false)
        }
    }

    /// Whether a name is a hidden file or an editor's temporary one, which no build reads.
    static func isScratch(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasPrefix("#")
    }

    /// A path without its trailing slash, as walks spell the paths under it.
    static func trimmed(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
