import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

/// One figure, one fact: a total printed again in later reports counts once and is listed once,
/// with every article that prints it.
@Suite struct RestatementTests {
    static func page(_ day: Int, _ sentence: String) -> String {
        "张店区重点项目推进\(day)\n\n□ 记者 王明\n\n2月\(day)日,\(sentence)"
    }

    static func build() throws -> SiteBuilder.Result {
        let total = "张店区今年共有重点项目67个,总投资638亿元。"
        return try SiteBuilder.build(try SampleSite.input(reports: [
            "a.txt": page(3, total),
            "b.txt": page(10, total + "当天签约项目5个,总投资20亿元。"),
            "c.txt": page(17, total),
            // Another amount, another count or another kind is another figure.
            "d.txt": page(20, "张店区今年共有重点项目68个,总投资638亿元。"),
        ]))
    }

    @Test func aRestatedTotalCountsOnceInTheTotalsAndIsListedOnceWithItsArticles() throws {
        let result = try Self.build()
        let model = result.model
        let restated = model.facts.filter { $0.fact.projects == 67 }
        #expect(restated.count == 3)
        let first = try #require(restated.first { $0.restates == nil })
        #expect(first.fact.date == ReportDate(year: 2020, month: 2, day: 3), "the earliest printing stands for them")
        #expect(restated.filter { $0.restates == first.id }.count == 2 && first.alsoIn.count == 2)
        let district = try #require(model.districts.firstIndex { $0.name == "张店区" })
        // The programme's later total (68 projects) updates the restated one; the signing is added.
        #expect(model.investmentByDistrict[district].map { "\($0)" } == "\(Decimal(638 + 20) * 100_000_000)")
        let page = SampleSite.text(result.tree, "districts/zhang-dian-qu.html")
        #expect(page.components(separatedBy: "<td class=\"num\" data-sort=\"67\" data-label=\"项目数\">").count - 1 == 1, "listed once")
        #expect(page.components(separatedBy: "<td class=\"num\" data-sort=\"68\" data-label=\"项目数\">").count - 1 == 1, "another count is another figure")
        #expect(page.contains("<summary>见于3篇报道</summary>"))
        // Every printing's figure links to the one row.
        for entry in restated {
            #expect(model.rowPath(of: entry) == model.rowPath(of: first))
        }
        let investments = SampleSite.text(result.tree, "investments.html")
        #expect(investments.contains("另有 2 处是重复报道同一个数字"))
        let csv = String(decoding: result.tree.files["data/money-facts.csv"]!, as: UTF8.self)
        #expect(csv.contains(",restates,") && csv.components(separatedBy: "\r\n").count - 2 == model.facts.count, "the downloads keep every printing")
    }
}

/// A programme's standing total (the year's key projects, projects back at work) is updated by a
/// later report, not added to; events (signings, groundbreakings) are each added.
@Suite struct SupersededTotalTests {
    @Test func onlyTheLatestReportsStandingTotalIsAddedAndEventsAreAllAdded() throws {
        let result = try SiteBuilder.build(try SampleSite.input(reports: [
            "a.txt": RestatementTests.page(3, "张店区今年共安排重点项目60个,总投资600亿元。当天签约项目3个,总投资9亿元。"),
            "b.txt": RestatementTests.page(20, "张店区今年共安排重点项目67个,总投资638亿元。当天签约项目2个,总投资4亿元。"),
        ]))
        let model = result.model
        let plans = model.facts.filter { $0.fact.kind == .plan }
        #expect(plans.count == 2)
        let older = try #require(plans.first { $0.fact.projects == 60 })
        let newer = try #require(plans.first { $0.fact.projects == 67 })
        #expect(older.supersededBy == newer.id && newer.supersededBy == nil)
        let district = try #require(model.districts.firstIndex { $0.name == "张店区" })
        #expect(model.investmentByDistrict[district].map { "\($0)" } == "\(Decimal(638 + 9 + 4) * 100_000_000)")
        let page = SampleSite.text(result.tree, "districts/zhang-dian-qu.html")
        #expect(page.contains("title=\"后来的报道更新了这个数字,合计只算最新的\">已更新</a>"))
    }
}
