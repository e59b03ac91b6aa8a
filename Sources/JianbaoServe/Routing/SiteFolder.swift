import Foundation

/// The built site on disk, looked up so that nothing outside it is ever read, symlinks included.
public struct SiteFolder: Sendable {
    public enum Lookup: Sendable, Equatable {
        case file(path: String, bytes: [UInt8])
        /// A folder asked for without its trailing slash: relative links need the slash.
        case redirect(String)
        case notFound
    }

    /// The folder as given; resolved again on every lookup, because builds swap it whole.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func lookup(_ components: [String], trailingSlash: Bool) -> Lookup {
        guard let root = Self.resolved(path) else { return .notFound }
        let candidate = ([root] + components).joined(separator: "/")
        guard let real = Self.resolved(candidate), Self.isInside(real, root) else { return .notFound }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            if !components.isEmpty && !trailingSlash {
                return .redirect("/" + components.map(Self.percentEncoded).joined(separator: "/") + "/")
            }
            guard let index = Self.resolved(real + "/index.html"), Self.isInside(index, root) else { return .notFound }
            return read(index)
        }
        return read(real)
    }

    private func read(_ file: String) -> Lookup {
        guard let data = FileManager.default.contents(atPath: file) else { return .notFound }
        return .file(path: file, bytes: [UInt8](data))
    }

    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func percentEncoded(_ component: String) -> String {
        component.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? component
    }
}
