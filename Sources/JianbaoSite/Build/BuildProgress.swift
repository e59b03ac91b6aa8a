import Synchronization

/// Counts of a running build, updated from every core and read by whoever shows progress.
public final class BuildProgress: Sendable {
    /// What has been done so far.
    public struct Counts: Sendable, Equatable {
        public var filesRead = 0
        public var filesTotal = 0
        public var pagesWritten = 0
        public var pagesTotal = 0
    }

    private let counts = Mutex(Counts())

    public init() {}

    /// A copy of the counts as they are now.
    public var current: Counts { counts.withLock { $0 } }

    func update(_ change: (inout Counts) -> Void) {
        counts.withLock { change(&$0) }
    }
}
