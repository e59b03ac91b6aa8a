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
        #expect(model.investmentByDistrict[district].map { "\($0)" } == "\(Decimal(638 + 20 + 638) * 100_000_000)")
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
