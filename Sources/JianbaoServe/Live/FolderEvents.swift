#if canImport(Glibc)
import Glibc
import JianbaoSite

/// The kernel's word on which watched paths were touched (Linux inotify), so a save is seen
/// without walking every file.
final class FolderEvents {
    /// What one read found: the paths touched, or that the kernel's queue overflowed and only a
    /// full look can tell.
    enum News: Equatable {
        case touched(Set<String>)
        case overflowed
    }

    private let descriptor: Int32
    private let roots: [String]
    /// Folders watched as a whole, by watch descriptor, and the same the other way.
    private var trees: [Int32: String] = [:]
    private var treeWatch: [String: Int32] = [:]
    /// Folders watched only for the single files named in `roots` (site.json beside the reports),
    /// with the prefix that makes a name in them a path as the roots spell it.
    private var parents: [Int32: String] = [:]
    private let files: Set<String>

    private static let folderMask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE
        | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    /// Starts watching `roots` (folders as whole trees, files through their folder); nil when the
    /// system has no inotify or refuses one, and the caller must look at the files itself.
    init?(roots: [String]) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.roots = roots.map(FileStamps.trimmed)
        files = Set(self.roots.filter { !Self.isFolder($0) })
        watchRoots()
    }

    deinit { close(descriptor) }

    /// Adds watches for the roots not yet watched, such as a folder created after the server started.
    func watchRoots() {
        for root in roots {
            if Self.isFolder(root) {
                if treeWatch[root] == nil { watchTree(root) }
            } else {
                let (folder, prefix) = Self.folder(of: root)
                let watch = inotify_add_watch(descriptor, folder, Self.folderMask)
                if watch >= 0 { parents[watch] = prefix }
            }
        }
    }

    /// The events waiting now, without blocking; `.touched([])` when there are none.
    func read() -> News {
        var touched: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let name = String(decoding: buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }, as: UTF8.self)
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .overflowed }
                take(watch: watch, mask: mask, name: name, into: &touched)
            }
        }
        return .touched(touched)
    }

    private func take(watch: Int32, mask: UInt32, name: String, into touched: inout Set<String>) {
        if mask & UInt32(IN_IGNORED) != 0 {
            if let folder = trees.removeValue(forKey: watch), treeWatch[folder] == watch { treeWatch[folder] = nil }
            parents[watch] = nil
            return
        }
        if let prefix = parents[watch], !name.isEmpty, files.contains(prefix + name) {
            touched.insert(prefix + name)
        }
        guard let folder = trees[watch] else { return }
        guard !name.isEmpty else {
            // The watched folder itself went away or moved: what was under it is gone from here.
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0, roots.contains(folder) { touched.insert(folder) }
            return
        }
        guard !FileStamps.isScratch(name) else { return }
        let path = folder + "/" + name
        touched.insert(path)
        guard mask & UInt32(IN_ISDIR) != 0 else { return }
        if mask & UInt32(IN_MOVED_FROM) != 0 { unwatchTree(path) }
        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(path) }
    }

    // Hidden folders (.git) and linked ones are left out, as the full look leaves them out.
    private func watchTree(_ folder: String) {
        let watch = inotify_add_watch(descriptor, folder, Self.folderMask)
        guard watch >= 0 else { return }
        trees[watch] = folder
        treeWatch[folder] = watch
        var info = stat()
        for entry in FolderEntries.list(folder) ?? [] where entry.isFolder != false && !FileStamps.isScratch(entry.name) {
            let path = folder + "/" + entry.name
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { watchTree(path) }
        }
    }

    private func unwatchTree(_ folder: String) {
        for (path, watch) in treeWatch where path == folder || path.hasPrefix(folder + "/") {
            inotify_rm_watch(descriptor, watch)
            trees[watch] = nil
            treeWatch[path] = nil
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func folder(of file: String) -> (folder: String, prefix: String) {
        guard let slash = file.lastIndex(of: "/") else { return (".", "") }
        let folder = slash == file.startIndex ? "/" : String(file[..<slash])
        return (folder, String(file[...slash]))
    }
}
#endif
