import Foundation

/// Counts of a running build, updated from every core and read by whoever shows progress.
public final class BuildProgress: @unchecked Sendable {
    /// What has been done so far.
    public struct Counts: Sendable, Equatable {
        public var filesRead = 0
        public var filesTotal = 0
        public var pagesWritten = 0
        public var pagesTotal = 0
    }

    private let lock = NSLock()
    private var counts = Counts()

    public init() {}

    /// A copy of the counts as they are now.
    public var current: Counts { lock.withLock { counts } }

    func update(_ change: (inout Counts) -> Void) {
        lock.withLock { change(&counts) }
    }
}
