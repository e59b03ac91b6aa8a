import Synchronization
import Foundation

/// Receives the site's files one at a time as they are rendered, from any thread.
///
/// The render stage only hands bytes over; whether they are kept in memory (tests, `check`) or go
/// straight into a staging folder (a build, so the whole site is never held at once) is the caller's.
public protocol OutputSink: Sendable {
    /// Takes the file at `path`, relative to the site's root.
    func add(_ path: String, bytes: [UInt8])
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
