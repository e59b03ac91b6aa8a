import Foundation

/// A folder beside the output that Jianbao keeps for itself (`.Public.cache/readings`): made when
/// missing, and whatever stands in its way that is not a real folder (a link, a file) is removed,
/// never followed, so that pruning the folder can never delete anything elsewhere.
enum OwnFolder {
    /// Makes `folder` and the folders above it up to `root` real folders; the errno when that fails.
    @discardableResult
    static func make(_ folder: URL, under root: URL) -> Int32? {
        let base = root.standardizedFileURL.path
        try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        var path = base
        var info = stat()
        let rest = folder.standardizedFileURL.path.dropFirst(base.count).split(separator: "/")
        for component in rest {
            path += "/" + component
            if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { unlink(path) }
            if mkdir(path, 0o755) != 0, errno != EEXIST { return errno }
        }
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR ? nil : ENOTDIR
    }
}
