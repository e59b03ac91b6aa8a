import Testing
@testable import JianbaoReading

/// Where the reader is unsure it keeps the text and says so, with the line.
@Suite struct HonestyTests {
    static func read(_ page: String) -> (Report, [Diagnostic]) {
        let (report, diagnostics) = PageReader().read(text: page, file: "f.txt")
        return (report, diagnostics)
    }

    @Test(arguments: ["本报记者王明李华联合报道", "记者王明李华摄影报道", "本报特派记者王明发自临港"])
    func aCreditInAnUnknownFormIsKeptAsTextWithAWarning(credit: String) throws {
        let (report, diagnostics) = Self.read("临港区召开会议\n\n\(credit)\n\n5月8日,临港区召开会议,部署项目建设工作。")
        let article = try #require(report.articles.first)
        #expect(article.headline == "临港区召开会议")
        #expect(article.subheadline == nil)
        #expect(article.paragraphs.map(\.text) == [credit, "5月8日,临港区召开会议,部署项目建设工作。"])
        #expect(diagnostics.contains { $0.line == 3 && $0.message.contains("credit form") })
    }

    @Test func aDateNoCalendarHasIsKeptAsTextAndNotUsed() throws {
        let (report, diagnostics) = Self.read("临港区召开会议\n\n记者 王明\n\n2月30日,临港区召开会议。4月8日,项目开工。")
        let article = try #require(report.articles.first)
        #expect(article.paragraphs.first?.text.hasPrefix("2月30日") == true)
        #expect(article.date == ReportDate(year: 2020, month: 4, day: 8))
        #expect(diagnostics.contains { $0.line == 5 && $0.message.contains("2月30日") })
        #expect(DateFinder.firstDate(in: "2024年2月29日", defaultYear: 2020) == ReportDate(year: 2024, month: 2, day: 29))
        #expect(DateFinder.firstDate(in: "2023年2月29日", defaultYear: 2020) == nil)
    }

    /// Whatever the layout does, every line of text is somewhere in what was read.
    @Test(arguments: [
        "临港区召开会议\n\n记者 王明\n\n为加快项目建设,临港区推行\n\n（下转第3版）",
        "（上接第1版）\n\n审批时限压缩至10个工作日。",
        "临港区召开会议\n\n记者 王明\n\n产业项目中,一家新能源企业的电\n\n池项目总投资38亿元。",
        "临港区召开会议\n\n记者 王明\n\n项目总投资38亿元,其中\n\n▲开工现场。记者 王明 摄\n\n产业项目9个。",
    ])
    func noTextIsLost(page: String) {
        let (report, _) = Self.read(page)
        let kept = (report.articles.flatMap { article in
            [article.kicker, article.headline, article.subheadline].compactMap { $0 }
                + article.paragraphs.map(\.text) + article.captions.map(\.text) + article.sections
        } + report.furniture).joined()
        let credits = ["记者 王明"]
        for line in page.split(separator: "\n").map(String.init) where !credits.contains(line) {
            #expect(kept.contains(line) || kept.replacingOccurrences(of: "\n", with: "").contains(line), "lost: \(line)")
        }
    }
}
