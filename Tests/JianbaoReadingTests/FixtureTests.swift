import Foundation
import Testing
@testable import JianbaoReading

/// The reader against the editors' annotations of the sample reports, field by field like compare.py.
@Suite struct FixtureTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let expected = here.appendingPathComponent("Fixtures/expected")
    static let reports = here.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Reports")
    static let articleFields = ["headline", "kicker", "subheadline", "dateline", "district", "city",
                                "sections", "first_sentence", "last_sentence", "paragraph_count"]

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: expected.path)) ?? [])
            .filter { $0.hasSuffix(".expected.json") }.sorted()
    }

    static func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test(arguments: names)
    func exportMatchesTheAnnotations(name: String) throws {
        let fixture = try Self.json(Data(contentsOf: Self.expected.appendingPathComponent(name)))
        let file = try #require(fixture["file"] as? String)
        let bytes = try [UInt8](Data(contentsOf: Self.reports.appendingPathComponent(file)))
        let report = try #require(PageReader().read(ReportFile(name: file, bytes: bytes)).report)
        BadInputTests.expectNoTextLost(String(decoding: bytes, as: UTF8.self), in: report)
        let encoder = JSONEncoder()
        let export = try Self.json(encoder.encode(ReportExport(report)))

        #expect(export["encoding"] as? String == fixture["encoding"] as? String)
        #expect(export["furniture"] as? [String] == fixture["furniture"] as? [String])
        let expectedArticles = try #require(fixture["articles"] as? [[String: Any]])
        let articles = try #require(export["articles"] as? [[String: Any]])
        try #require(articles.count == expectedArticles.count)
        for (index, (want, got)) in zip(expectedArticles, articles).enumerated() {
            for field in Self.articleFields {
                #expect(Self.same(want[field], got[field]), "\(file) article \(index + 1) \(field): \(String(describing: got[field]))")
            }
            let wantByline = want["byline"] as? [String: [String]] ?? [:]
            let gotByline = got["byline"] as? [String: [String]] ?? [:]
            for role in ["reporters", "correspondents", "interns"] {
                #expect(wantByline[role] ?? [] == gotByline[role] ?? [], "\(file) article \(index + 1) \(role)")
            }
            let text = (got["paragraphs"] as? [String] ?? []).joined()
            for repair in want["repairs"] as? [String] ?? [] {
                #expect(text.contains(repair), "\(file) article \(index + 1) repair \(repair)")
            }
        }
    }

    static let factFields = ["district", "date", "year", "kind", "projects", "total_yi", "annual_yi",
                             "approx", "currency", "category", "parent", "quote"]

    @Test(arguments: names)
    func moneyFactsMatchTheAnnotations(name: String) throws {
        let fixture = try Self.json(Data(contentsOf: Self.expected.appendingPathComponent(name)))
        let file = try #require(fixture["file"] as? String)
        let bytes = try [UInt8](Data(contentsOf: Self.reports.appendingPathComponent(file)))
        let report = try #require(PageReader().read(ReportFile(name: file, bytes: bytes)).report)
        let export = try Self.json(JSONEncoder().encode(ReportExport(report)))
        let expectedFacts = try #require(fixture["money_facts"] as? [[String: Any]])
        let facts = try #require(export["money_facts"] as? [[String: Any]])
        try #require(facts.count == expectedFacts.count)
        for (index, (want, got)) in zip(expectedFacts, facts).enumerated() {
            for field in Self.factFields {
                #expect(Self.same(want[field], got[field]), "\(file) fact \(index) \(field): \(String(describing: got[field]))")
            }
        }
    }

    static func same(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil), (is NSNull, nil), (nil, is NSNull), (is NSNull, is NSNull): true
        case let (x as String, y as String): x == y
        case let (x as [String], y as [String]): x == y
        case let (x as NSNumber, y as NSNumber): abs(x.doubleValue - y.doubleValue) <= 1e-9 * max(1, abs(x.doubleValue))
        default: false
        }
    }

    @Test func everyParagraphAndSentenceKnowsItsLines() throws {
        let file = "002_990739f69f79df6f.txt"
        let bytes = try [UInt8](Data(contentsOf: Self.reports.appendingPathComponent(file)))
        let report = try #require(PageReader().read(ReportFile(name: file, bytes: bytes)).report)
        let stitched = try #require(report.articles.first { $0.headline?.hasPrefix("临朐县") == true })
        let joined = try #require(stitched.paragraphs.first { $0.sources.count == 2 })
        #expect(joined.sources.map(\.firstLine) == [69, 149])
        let spanning = try #require(joined.sentences.first { $0.sources.count == 2 })
        #expect(spanning.text.contains("隔离病房"))
        for paragraph in report.articles.flatMap(\.paragraphs) {
            for sentence in paragraph.sentences {
                #expect(!sentence.sources.isEmpty && sentence.sources.allSatisfy { $0.file == file })
            }
        }
    }
}
