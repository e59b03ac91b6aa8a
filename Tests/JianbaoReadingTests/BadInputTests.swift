import Foundation
import Testing
@testable import JianbaoReading

/// Whatever the input, the reader returns, says something, and keeps every line of text somewhere.
@Suite struct BadInputTests {
    static let longLine = String(repeating: "重点项目建设稳步推进,", count: 400)

    static let pages: [(name: String, text: String)] = [
        ("empty", ""),
        ("whitespace only", "   \n\u{3000}\u{3000}\n\t\n\n"),
        ("only headlines", "张店区召开会议\n\n重点项目开工"),
        ("only a byline", "□ 本报记者 王明 通讯员 李华"),
        ("lines of 4,000 characters", "标题\n\n\(longLine)\n\n\(longLine)"),
        ("a dateline alone", "标题\n\n本报淄博讯"),
        ("markup meant literally", "<script>alert(1)</script>\n\n# 标题 *强调* [链接](javascript:alert(1)) &lt;b&gt;"),
        ("an orphan with nowhere to go", "标题\n\n□ 记者 王明\n\n完整的一段。\n\n般飞来。"),
        ("a cut paragraph at the end", "标题\n\n□ 记者 王明\n\n疫情防控期间,该县启用隔离病"),
        ("titles between furniture", "责任编辑 王明\n\n标题一\n\n电话:123"),
    ]

    @Test(arguments: pages.map(\.name))
    func keepsEveryLineAndSaysSomething(name: String) {
        let text = Self.pages.first { $0.name == name }!.text
        let (report, diagnostics) = PageReader().read(text: text, file: "bad.txt")
        Self.expectNoTextLost(text, in: report)
        if !["markup meant literally"].contains(name) {
            #expect(!diagnostics.isEmpty, "\(name)")
        }
        #expect(diagnostics.allSatisfy { $0.file == "bad.txt" && $0.line >= 1 })
    }

    @Test func aFiveMegabyteLineIsOneParagraphWithADiagnostic() {
        let line = String(repeating: "重点项目建设稳步推进,全区上下齐心协力", count: 100_000)
        let (report, diagnostics) = PageReader().read(text: line, file: "big.txt")
        #expect(line.utf8.count > 5_000_000)
        #expect(report.articles.first?.paragraphs.first?.text == line)
        #expect(diagnostics.contains { $0.message.contains("characters") })
    }

    @Test func aTwentyMegabyteFileIsReadWhole() throws {
        let page = try String(contentsOf: FixtureTests.reports.appendingPathComponent("002_990739f69f79df6f.txt"), encoding: .utf8)
        let copies = 20_000_000 / page.utf8.count + 1
        let text = Array(repeating: page, count: copies).joined(separator: "\n\n")
        let (report, _) = PageReader().read(ReportFile(name: "big.txt", bytes: Array(text.utf8)))
        let single = PageReader().read(text: page, file: "one.txt").report
        let paragraphs = try #require(report).articles.flatMap(\.paragraphs).count
        #expect(paragraphs >= copies * (single.articles.flatMap(\.paragraphs).count - 2))
    }

    /// Every non-blank line appears in the report: as text, a title, furniture, or as the names of a credit line.
    static func expectNoTextLost(_ text: String, in report: Report, sourceLocation: SourceLocation = #_sourceLocation) {
        var kept = report.furniture
        var names: [String] = []
        for article in report.articles {
            kept += [article.kicker, article.headline, article.subheadline, article.dateline].compactMap { $0 }
            kept += article.sections + article.paragraphs.map(\.text)
            names += article.byline.reporters + article.byline.correspondents + article.byline.interns
        }
        let all = kept.joined(separator: "\n").filter { !$0.isWhitespace }
        for raw in text.split(whereSeparator: \.isNewline).map(String.init) {
            let line = raw.filter { !$0.isWhitespace }
            if line.isEmpty || all.contains(line) { continue }
            // A credit label on a line of its own, such as an outlet's 某某报·某某记者, names no one.
            if BylineParser.roles.contains(where: { line.hasSuffix($0.0) }) && line.count <= 16 { continue }
            if let byline = BylineParser.parse([raw]) ?? DatelineParser.match(raw)?.byline,
               (byline.reporters + byline.correspondents + byline.interns).allSatisfy(names.contains) { continue }
            Issue.record("lost: \(line.prefix(40))", sourceLocation: sourceLocation)
        }
    }
}
