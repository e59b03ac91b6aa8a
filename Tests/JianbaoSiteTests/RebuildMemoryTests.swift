import Foundation
import Testing
@testable import JianbaoSite

/// What a parallel stage makes is freed with the results (serve's growth over rebuilds is tested on
/// a serve process of its own, in ServeMemoryTests).
@Suite struct RebuildMemoryTests {
    final class Counted: Sendable {
        nonisolated(unsafe) static var alive = 0
        static let lock = NSLock()
        init() { Self.lock.withLock { Self.alive += 1 } }
        deinit { Self.lock.withLock { Self.alive -= 1 } }
    }

    @Test func parallelMapReleasesItsResults() {
        do {
            let results = Array(0..<1000).parallelMap { _ in Counted() }
            #expect(results.count == 1000)
        }
        #expect(Counted.lock.withLock { Counted.alive } == 0, "every result is freed once the array is")
    }
}
