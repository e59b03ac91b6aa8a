import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

@Suite struct ReadingStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-store-\(UUID().uuidString)")
    var output: String { folder.appendingPathComponent("Public").path }

    /// The repository's sample reports, read as a build reads them.
    func sampleReadings() throws -> [UInt64: ReportReading] {
        let reports = SampleSite.root.appendingPathComponent("Reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: reports.path).filter { $0.hasSuffix(".txt") }.sorted()
        let config = SiteConfig()
        let reader = PageReader(options: ReadingOptions(defaultYear: config.defaultYear, gazetteer: SiteBuilder.gazetteer(for: config)))
        var readings: [UInt64: ReportReading] = [:]
        for name in names {
            let file = ReportFile(name: name, bytes: Array(try Data(contentsOf: reports.appendingPathComponent(name))))
            let (report, diagnostics) = reader.read(file)
            readings[ReadingCache.key(of: file, config: config)] = ReportReading(report: report, diagnostics: diagnostics)
        }
        return readings
    }

    @Test func storedReadingsComeBackEqual() throws {
        let readings = try sampleReadings()
        #expect(readings.count == 5)
        let store = ReadingStore(beside: output)
        store.save(readings, keeping: Set(readings.keys))
        let loaded = store.load(Array(readings.keys))
        #expect(loaded.count == readings.count)
        for (key, reading) in readings {
            #expect(loaded[key]?.report == reading.report)
            #expect(loaded[key]?.diagnostics == reading.diagnostics)
        }
    }

    @Test func entriesNoReportUsesAreRemovedAndDamagedOnesIgnored() throws {
        let readings = try sampleReadings()
        let keys = readings.keys.sorted()
        let store = ReadingStore(beside: output)
        store.save(readings, keeping: Set(keys))
        store.save([:], keeping: Set(keys.dropFirst()))
        #expect(store.load(keys).count == keys.count - 1)
        let entries = try FileManager.default.contentsOfDirectory(at: store.folder, includingPropertiesForKeys: nil)
        #expect(entries.count == keys.count - 1)
        try Data("{\"report\": nu".utf8).write(to: entries[0])
        #expect(store.load(keys).count == keys.count - 2, "a damaged entry is read again, never trusted")
    }

    @Test func theCacheForgetsWhatABuildDidNotUse() throws {
        let cache = ReadingCache()
        let config = SiteConfig()
        let old = ReportFile(name: "a.txt", bytes: Array("旧的一段。".utf8))
        let new = ReportFile(name: "a.txt", bytes: Array("新的一段。".utf8))
        var reads = 0
        let read = { reads += 1; return ReportReading(report: nil, diagnostics: []) }
        _ = cache.reading(key: ReadingCache.key(of: old, config: config), read: read)
        _ = cache.reading(key: ReadingCache.key(of: old, config: config), read: read)
        #expect(reads == 1)
        #expect(cache.endBuild().fresh.keys.sorted() == [ReadingCache.key(of: old, config: config)])
        _ = cache.reading(key: ReadingCache.key(of: new, config: config), read: read)
        let ended = cache.endBuild()
        #expect(ended.used == [ReadingCache.key(of: new, config: config)])
        #expect(cache.missing([ReadingCache.key(of: old, config: config)]).count == 1, "the old reading is gone")
        #expect(reads == 2)
    }
}
