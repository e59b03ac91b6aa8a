import Foundation
import Testing
import JianbaoReading
@testable import JianbaoSite

/// The tables, pictures and downloads made from money facts.
@Suite struct MoneyPagesTests {
    static let report = """
        张店区重点项目集中开工

        □ 本报记者 马玉姝

        2月21日上午,张店区重点项目集中开工。参加集中开工的项目共19个,总投资122亿元,年度计划投资36亿元。

        张店农商行为企业发放贷款2600万元,捐赠物资共计100多万元。
        """
    static let second = """
        临淄区签约项目

        □ 记者 王明

        2月17日,临淄区签约项目5个,总投资98.2亿元,另有外资3.5亿美元。
        """

    static func build() throws -> SiteBuilder.Result {
        try SiteBuilder.build(try SampleSite.input(reports: ["a.txt": report, "b.txt": second]))
    }

    @Test(arguments: [
        ("63800000000", "CNY", nil, "638亿元"), ("26000000", "CNY", nil, "2600万元"), ("350000000", "USD", nil, "3.5亿美元"),
        ("12966000000", "CNY", nil, "129.66亿元"), ("126700", "CNY", nil, "12.67万元"), ("5000", "CNY", nil, "5000元"),
        ("1000000", "CNY", "多", "100多万元"), ("32000000000", "CNY", "约", "约320亿元"), ("5000000000", "CNY", "左右", "50亿元左右"),
    ] as [(String, String, String?, String)])
    func amountsAreWrittenTheChineseWay(value: String, currency: String, approx: String?, expected: String) {
        #expect(MoneyText.amount(Decimal(string: value)!, currency: currency, approx: approx) == expected)
    }

    @Test func everyFactHasARowThatLinksToItsMarkedFigureAndBack() throws {
        let result = try Self.build()
        let investments = SampleSite.text(result.tree, "investments.html")
        let facts = result.model.facts
        #expect(facts.count == 5)
        for entry in facts {
            let article = result.model.articles[entry.article].path
            let district = SampleSite.text(result.tree, result.model.districts[entry.district].path)
            // Every row is on the site-wide page (the table is short) and on its district's page, where the figure links.
            for page in [investments, district] {
                #expect(page.contains("<tr id=\"fact-\(entry.anchor)\""))
            }
            #expect(investments.contains("href=\"\(article)#amount-\(entry.anchor)\""))
            #expect(district.contains("href=\"../\(article)#amount-\(entry.anchor)\""))
            // The figure links to its row in its district's listing of its group.
            let row = result.model.rowPath(of: entry)
            let group = entry.fact.kind.isInvestment ? "figures" : "other-money"
            #expect(row == "\(result.model.districts[entry.district].path.dropLast(5))/\(group).html#fact-\(entry.anchor)")
            #expect(SampleSite.text(result.tree, article).contains("<a class=\"figure\" id=\"amount-\(entry.anchor)\" href=\"../\(row)\">"))
            #expect(SampleSite.text(result.tree, String(row.prefix { $0 != "#" })).contains("<tr id=\"fact-\(entry.anchor)\""))
        }
        #expect(!investments.contains("table-more"), "a short table is shown whole")
        #expect(investments.contains("122亿元") && investments.contains("36亿元") && investments.contains("3.5亿美元"))
        #expect(investments.contains("<nav class=\"facets\"") && investments.contains("<select data-navigate>") && investments.contains("<script src=\"assets/tables.js\" defer>"))
    }

    @Test func anUndatedFigureShowsADashInItsDateCell() throws {
        let undated = """
            临淄区签约项目

            □ 记者 王明

            临淄区签约项目5个,总投资98.2亿元。
            """
        let result = try SiteBuilder.build(try SampleSite.input(reports: ["a.txt": undated]))
        let entry = try #require(result.model.facts.first)
        #expect(entry.fact.date == nil)
        let district = SampleSite.text(result.tree, result.model.districts[entry.district].path)
        #expect(district.contains("<td class=\"nowrap\" data-sort=\"\" data-label=\"日期\">—</td>"))
        #expect(SampleSite.text(result.tree, "investments.html").contains("<td class=\"nowrap\" data-sort=\"\" data-label=\"日期\">—</td>"))
    }

    @Test(arguments: [
        ("张店区", "张店区"), ("“引号”与—破折号", "“引号”与—破折号"), ("a,b", "\"a,b\""), ("说\"好\"", "\"说\"\"好\"\"\""),
        ("行\n行", "\"行\n行\""), ("行\r\n行", "\"行\r\n行\""), ("\u{0B}", "\"\u{0B}\""), ("\u{85}", "\"\u{85}\""),
        ("\u{2028}", "\"\u{2028}\""), ("\u{2029}", "\"\u{2029}\""), ("\u{A0}\u{2027}", "\u{A0}\u{2027}"), ("", ""),
    ])
    func csvFieldsAreQuotedOnlyWhenTheyMustBe(value: String, field: String) {
        var bytes: [UInt8] = []
        FactData.appendField(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == field)
    }

    @Test func loansDonationsAndOtherCurrenciesAreNeverSummedAsInvestment() throws {
        let model = try Self.build().model
        let totals = model.investmentByDistrict
        var byName: [String: Decimal] = [:]
        for (district, total) in totals { byName[model.districts[district].name] = total }
        #expect(byName == ["张店区": Decimal(12_200_000_000), "临淄区": Decimal(9_820_000_000)])
    }

    @Test func chartAndMapHaveTextEquivalents() throws {
        let result = try Self.build()
        for page in ["index.html", "investments.html"] {
            let html = SampleSite.text(result.tree, page)
            #expect(html.contains("role=\"group\""), "\(page)")
            #expect(html.contains("<title id=\"investment-chart-title\">各区县投资合计"), "\(page)")
        }
        let investments = SampleSite.text(result.tree, "investments.html")
        #expect(investments.contains("<title id=\"map-title\">区县位置图"))
        #expect(investments.contains("<circle"))
        #expect(investments.contains("<title>张店区:122亿元</title>"), "each circle says its district and amount on hover")
    }

    @Test func theChartFitsAnyWidth() throws {
        let chart = try #require(InvestmentChart.make(try Self.build().model, root: ""))
        // Bars in percent of the width, the largest whole; names and amounts on a line of their own.
        #expect(chart.bars.map(\.label) == ["张店区", "临淄区"])
        #expect(chart.bars.map(\.share) == ["100.0%", "80.5%"])
        #expect(chart.height == 2 * InvestmentChart.rowHeight)
        #expect(chart.bars.allSatisfy { $0.textY < $0.barY })
        let html = SampleSite.text(try Self.build().tree, "index.html")
        #expect(html.contains("<svg width=\"100%\" height=\"80\""))
        #expect(html.contains("<text x=\"100%\" y=\"15\" text-anchor=\"end\" class=\"bar-value\">122亿元</text>"))
    }

    @Test func districtPagesHaveTheirTableAndTimeline() throws {
        let html = SampleSite.text(try Self.build().tree, "districts/zhang-dian-qu.html")
        #expect(html.contains("<ol class=\"timeline\">"))
        #expect(html.contains("<time datetime=\"2020-02-21\">2020年2月21日</time>"))
        #expect(html.contains("其他资金") && html.contains("2600万元"))
    }

    @Test func downloadsAreSpreadsheetReadyCSVAndJSON() throws {
        let tree = try Self.build().tree
        let csv = try #require(tree.files["data/money-facts.csv"])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id,district,city,date,year,kind,projects,total_yi"))
        #expect(text.contains("张店区,淄博市,2020-02-21,2020,groundbreaking,19,122,36,"))
        let bytes = try #require(tree.files["data/money-facts.json"])
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        let json = try #require(object as? [[String: Any]])
        #expect(json.count == 5)
        #expect(json.first?["quote"] as? String == "参加集中开工的项目共19个,总投资122亿元,年度计划投资36亿元。")
    }

    @Test func eachDistrictHasItsOwnDownloadsOfItsFiguresLinkedFromItsPage() throws {
        let result = try Self.build()
        let site = try #require(result.tree.files["data/money-facts.csv"].map { String(decoding: $0, as: UTF8.self) })
        let siteRows = Set(site.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty })
        var union = Set<String>()
        for (index, district) in result.model.districts.enumerated() {
            let paths = FactData.paths(of: district)
            guard let ids = result.model.factsByDistrict[index] else {
                #expect(result.tree.files[paths.csv] == nil)
                continue
            }
            let csv = String(decoding: try #require(result.tree.files[paths.csv]), as: UTF8.self)
            let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            #expect(rows.count == ids.count && rows.allSatisfy { $0.split(separator: ",")[1] == district.name })
            union.formUnion(rows)
            let json = try JSONSerialization.jsonObject(with: Data(try #require(result.tree.files[paths.json]))) as? [[String: Any]]
            #expect(json?.map { $0["id"] as? String } == ids.map { result.model.facts[$0].anchor })
            let page = SampleSite.text(result.tree, district.path)
            #expect(page.contains("<a href=\"../\(paths.csv)\" download>CSV</a> · <a href=\"../\(paths.json)\" download>JSON</a>"))
        }
        #expect(union == siteRows, "the districts' downloads together are the site's")
    }
}

@Suite struct DistrictTotalTests {
    @Test func aCityOrProvinceFigureQuotedInADistrictsArticleIsNotInItsTotal() throws {
        let page = ["张店区项目集中开工", "记者 王明",
                    "5月8日,张店区15个项目集中开工,总投资86亿元。今年,淄博市共安排市级重点项目300个,总投资2000亿元。全省重点项目总投资5万亿元。"]
            .joined(separator: "\n\n")
        let report = PageReader().read(text: page, file: "a.txt").report
        #expect(report.moneyFacts.map { $0.place?.name } == ["张店区", "淄博市", "山东省"])
        let model = SiteModel(config: SiteConfig(), reports: [report])
        let district = try #require(model.districts.firstIndex { $0.name == "张店区" })
        #expect(model.investmentByDistrict[district].map { "\($0)" } == "8600000000")
    }
}
