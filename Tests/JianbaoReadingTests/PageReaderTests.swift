import Foundation
import Testing
@testable import JianbaoReading

@Suite struct PageReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func readFixture() throws -> (Report, [Diagnostic]) {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("page.txt"), encoding: .utf8)
        return PageReader().read(text: text, file: "page.txt")
    }

    @Test func readsTitlesBylineDatelineSectionsAndParagraphs() throws {
        let (report, _) = try readFixture()
        #expect(report.articles.count == 1)
        let article = try #require(report.articles.first)
        #expect(article.kicker == "示范区:")
        #expect(article.headline == "推进重点项目建设")
        #expect(article.subheadline == "实现开门红")
        #expect(article.byline == Byline(reporters: ["王小明", "李华"], correspondents: ["赵强"]))
        #expect(article.dateline == "本报青州讯")
        #expect(article.sections == ["项目建设 全面提速"])
        #expect(article.paragraphs.map(\.text) == [
            "2月17日,青州市举行重点项目集中签约仪式,5个项目签约落户。",
            "3月6日,全市共确定重点项目20个,总投资98.2亿元。",
        ])
        #expect(report.furniture == ["本版编辑 孙丽"])
    }

    @Test func keepsSourceLinesAndDate() throws {
        let (report, _) = try readFixture()
        let article = try #require(report.articles.first)
        #expect(article.paragraphs.map(\.source.firstLine) == [12, 16])
        #expect(article.source == SourceRange(file: "page.txt", firstLine: 3, lastLine: 16))
        #expect(article.date == ReportDate(year: 2020, month: 2, day: 17))
    }

    @Test func findsPlaceFromDatelineThroughTheGazetteer() throws {
        let (report, _) = try readFixture()
        let place = try #require(report.articles.first?.place)
        #expect(place.name == "青州市")
        #expect(place.city == "潍坊市")
        #expect(place.province == "山东省")
    }

    @Test func textWithoutHeadlineIsKeptAndReported() {
        let (report, diagnostics) = PageReader().read(text: "第一段没有标题。\n\n第二段。", file: "x.txt")
        #expect(report.articles.count == 1)
        #expect(report.articles[0].headline == nil)
        #expect(report.articles[0].displayTitle == "第一段没有标题。")
        #expect(report.articles[0].paragraphs.count == 2)
        #expect(diagnostics.contains { $0.line == 1 && $0.message.contains("no headline") })
    }

    @Test func gazetteerKnowsCountiesWithTheirCities() {
        let places = Gazetteer.china.places(named: "张店区")
        #expect(places.count == 1)
        #expect(places.first?.city == "淄博市")
        #expect(places.first?.latitude != nil)
        #expect(Gazetteer.china.places(named: "临朐").first?.name == "临朐县")
    }

    @Test func joinsAParagraphBrokenMidWordAndRecordsBothSources() throws {
        let text = "标题\n\n面对疫情防控的严峻形势和经济社会发展的繁重任务,全区各镇办各社区迅速行动起来,为减少\n\n社区居民交叉感染风险,采取措施。\n\n第二段完整。"
        let (report, diagnostics) = PageReader().read(text: text, file: "x.txt")
        let article = try #require(report.articles.first)
        #expect(article.paragraphs.map(\.text) == ["面对疫情防控的严峻形势和经济社会发展的繁重任务,全区各镇办各社区迅速行动起来,为减少社区居民交叉感染风险,采取措施。", "第二段完整。"])
        #expect(article.paragraphs.first?.source == SourceRange(file: "x.txt", firstLine: 3, lastLine: 5))
        #expect(article.repairs == [Repair(first: SourceRange(file: "x.txt", firstLine: 3, lastLine: 3),
                                           second: SourceRange(file: "x.txt", firstLine: 5, lastLine: 5),
                                           joint: "起来,为减少社区居民交叉")])
        #expect(diagnostics.contains { $0.line == 5 && $0.message.contains("line 3") })
    }

    @Test(arguments: ["结束了。", "他说:“好。”", "列表 (0536-8090761)", "冒号引出:"])
    func completeParagraphsAreNotJoined(ending: String) {
        let long = "面对疫情防控的严峻形势和经济社会发展的繁重任务,全区各镇办各社区迅速行动起来," + ending
        let (report, _) = PageReader().read(text: "标题\n\n\(long)\n\n下一段。", file: "x.txt")
        #expect(report.articles.first?.paragraphs.count == 2)
    }
}
