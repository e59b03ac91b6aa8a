import Foundation

/// Wall seconds per build stage, in the order the stages ran.
public struct StageClock: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    private var last = Date()

    public init() {}

    /// Ends the stage called `name` now and starts the next one.
    public mutating func lap(_ name: String) {
        let now = Date()
        stages.append((name, now.timeIntervalSince(last)))
        last = now
    }

    /// One line per stage: `read       1.200 s`.
    public var lines: [String] {
        stages.map { $0.name.padding(toLength: 13, withPad: " ", startingAt: 0) + String(format: "%7.3f s", $0.seconds) }
    }
}
