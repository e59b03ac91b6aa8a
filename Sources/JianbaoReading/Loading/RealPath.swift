import Foundation

/// The path of an existing file with every link, `.` and `..` resolved, through realpath(3).
public enum RealPath {
    /// The resolved path, or nil when the path leads nowhere (errno says why: a loop is ELOOP).
    public static func of(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
