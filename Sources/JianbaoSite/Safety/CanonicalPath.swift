import Foundation
import JianbaoReading

/// Absolute paths with links resolved, so that two spellings of one folder compare equal.
enum CanonicalPath {
    /// `path` made absolute, with every link in its existing part resolved and `.` and `..` taken out;
    /// the part that does not exist yet is appended as written.
    static func of(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = absolute
        var rest: [String] = []
        while true {
            if let real = RealPath.of(existing) {
                return rest.reversed().reduce(real) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            let parent = (existing as NSString).deletingLastPathComponent
            guard parent != existing, !parent.isEmpty else { return absolute }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }

    /// Whether `inner` is `outer` or lies inside it; both canonical.
    static func isWithin(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }
}
