import Foundation
@testable import JianbaoReading
@testable import JianbaoSite
import Testing

@Suite struct CompactCoderTests {
    /// A reading that sets every field the model has, and leaves every optional one empty once.
    static let full: ReportReading = {
        let source = SourceRange(file: "一.txt", firstLine: 3, lastLine: 9)
        var place = Place(name: "张店区", level: .district, city: "淄博市", province: "山东省", longitude: 118.05, latitude: 36.8)
        place.isZone = true
        let paragraph = Paragraph(text: "全区总投资638.5亿元。\n第二行", file: "一.txt",
                                  pieces: [.init(length: 12, line: 4), .init(length: 3, line: 5)])
        var article = Article(kicker: "肩题", headline: "主题", subheadline: nil, byline: Byline(reporters: ["甲"], interns: ["乙", "丙"]),
                              dateline: "本报讯", blocks: [.section("一、项目", source), .paragraph(paragraph)],
                              place: place, date: ReportDate(year: 2020, month: 2, day: 17), source: source)
        article.sources.append(SourceRange(file: "一.txt", firstLine: 40, lastLine: -1))
        article.repairs = [Repair(first: source, second: source, joint: "投")]
        let quote = Sentence(text: "全区总投资638.5亿元。", sources: [source])
        let fact = MoneyFact(place: place, date: nil, year: 2020, kind: .fundsInPlace, projects: 67,
                             amount: Decimal(string: "63850000000.25")!, annual: Decimal(string: "-0.001"), approx: "约",
                             currency: "CNY", category: nil, parent: 0, quote: quote, article: 0, paragraph: 1,
                             range: 5..<13, annualRange: nil, line: Int.max)
        var report = Report(file: "一.txt", encoding: .gb18030, articles: [article, Article(source: source)], furniture: ["第3版", ""])
        report.moneyFacts = [fact, fact]
        return ReportReading(report: report, diagnostics: [Diagnostic(file: "一.txt", line: Int.min, severity: .error, message: "")])
    }()

    @Test func everyFieldComesBackEqual() throws {
        let bytes = try CompactEncoder.encode(Self.full)
        let back = try CompactDecoder.decode(ReportReading.self, from: bytes)
        #expect(back.report == Self.full.report)
        #expect(back.diagnostics == Self.full.diagnostics)
        #expect(back.report?.moneyFacts.first?.amount.description == "63850000000.25")
        #expect(try CompactDecoder.decode(ReportReading.self, from: CompactEncoder.encode(ReportReading(report: nil, diagnostics: []))).report == nil)
    }

    /// Cut after 0, 1, 7 and 100 bytes, and one byte short of the end.
    @Test(arguments: [0, 1, 7, 100, -1])
    func cutBytesThrowInsteadOfTrapping(keeping count: Int) throws {
        let bytes = try CompactEncoder.encode(Self.full)
        let kept = count < 0 ? bytes.count + count : count
        #expect(bytes.count > 100)
        #expect(throws: DecodingError.self) { try CompactDecoder.decode(ReportReading.self, from: Array(bytes.prefix(kept))) }
    }

    @Test func strayBytesAreDamage() throws {
        let bytes = try CompactEncoder.encode(Self.full)
        #expect(throws: DecodingError.self) { try CompactDecoder.decode(ReportReading.self, from: bytes + [0]) }
        #expect(throws: DecodingError.self) { try CompactDecoder.decode(ReportReading.self, from: Array("{\"report\": nu".utf8)) }
        var flipped = bytes
        flipped[0] = 7 // the presence byte of the report
        #expect(throws: DecodingError.self) { try CompactDecoder.decode(ReportReading.self, from: flipped) }
    }
}
