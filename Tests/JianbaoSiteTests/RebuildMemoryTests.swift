import Foundation
import Testing
@testable import JianbaoSite

/// A process that rebuilds the same site again and again, as `serve` does, does not grow.
@Suite struct RebuildMemoryTests {
    /// This process's resident size in KB, after handing freed memory back to the system.
    static func resident() -> Int {
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            typealias Trim = @convention(c) (Int) -> Int32
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
        return (statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * Int(getpagesize()) / 1024
    }

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

    @Test func rebuildingAfterEverySaveDoesNotGrow() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-rebuilds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("Reports"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SampleSite.root.appendingPathComponent("Templates"), to: site.appendingPathComponent("Templates"))
        try Data("{}".utf8).write(to: site.appendingPathComponent("site.json"))
        var text = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: SampleSite.root.appendingPathComponent("Reports").path).sorted() {
            text += try String(contentsOf: SampleSite.root.appendingPathComponent("Reports/\(name)"), encoding: .utf8)
        }
        // What serve keeps between rebuilds.
        let cache = ReadingCache(), files = ReportFileMemo()
        var sizes: [Int: Int] = [:]
        for save in 1...120 {
            try Data((text + "\n第\(save)次保存,总投资\(save)亿元。\n").utf8).write(to: site.appendingPathComponent("Reports/saved.txt"))
            _ = try SiteBuild.run(config: site.appendingPathComponent("site.json").path, overrides: .init(), cache: cache, files: files)
            if save == 20 || save == 120 { sizes[save] = Self.resident() }
        }
        let early = try #require(sizes[20]), late = try #require(sizes[120])
        #expect(Double(late) <= Double(early) * 1.1, "resident \(early) KB after 20 rebuilds, \(late) KB after 120")
    }
}
