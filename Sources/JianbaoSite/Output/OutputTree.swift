/// The files of a built site as values, by path relative to the output folder.
public struct OutputTree: Sendable, Equatable {
    public private(set) var files: [String: [UInt8]] = [:]

    public init() {}

    public mutating func add(_ path: String, _ text: String) {
        files[path] = Array(text.utf8)
    }

    public mutating func add(_ path: String, bytes: [UInt8]) {
        files[path] = bytes
    }

    /// Paths in sorted order.
    public var paths: [String] { files.keys.sorted() }
}
