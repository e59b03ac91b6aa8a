import Synchronization
import Foundation

/// Receives the site's files one at a time as they are rendered, from any thread.
///
/// The render stage only hands bytes over; whether they are kept in memory (tests, `check`) or go
/// straight into a staging folder (a build, so the whole site is never held at once) is the caller's.
public protocol OutputSink: Sendable {
    func add(_ path: String, bytes: [UInt8])
    /// Adds a page whose key is `viewKey` (a hash of its inputs or of its view), so a later build can
    /// keep it unrendered.
    func add(_ path: String, bytes: [UInt8], viewKey: UInt64)
    /// Keeps the page the last build made at `path` with the same key, without building or rendering
    /// it again; false when the sink cannot, and the page must be rendered.
    func keep(_ path: String, viewKey: UInt64) -> Bool
}

extension OutputSink {
    public func add(_ path: String, bytes: [UInt8], viewKey: UInt64) { add(path, bytes: bytes) }
    public func keep(_ path: String, viewKey: UInt64) -> Bool { false }
}

/// A sink that keeps every file in memory as an output tree.
public final class OutputCollector: OutputSink, Sendable {
    private let collected = Mutex(OutputTree())

    public init() {}

    public func add(_ path: String, bytes: [UInt8]) {
        collected.withLock { $0.add(path, bytes: bytes) }
    }

    /// The files added so far.
    public var tree: OutputTree { collected.withLock { $0 } }
}

/// A sink that lets every file go, for `check`: the pages are rendered, so template errors show, but
/// a large site is never held in memory.
public struct OutputDiscarder: OutputSink {
    public init() {}

    public func add(_ path: String, bytes: [UInt8]) {}
}
