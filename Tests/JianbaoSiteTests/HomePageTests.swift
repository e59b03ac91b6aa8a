import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

/// The home page at any size: the latest articles come first, the chart shows the ten largest districts.
@Suite struct HomePageTests {
    static let districts = ["张店区", "淄川区", "博山区", "临淄区", "周村区", "桓台县", "高青县", "沂源县", "奎文区", "潍城区", "寒亭区", "坊子区"]

    static func build() throws -> SiteBuilder.Result {
        var reports: [String: String] = [:]
        for (index, name) in districts.enumerated() {
            reports["r\(index).txt"] = "\(name)项目集中开工\n\n□ 记者 王明\n\n5月8日,\(name)\(index + 2)个项目集中开工,总投资\(index + 10)亿元。"
        }
        return try SiteBuilder.build(try SampleSite.input(reports: reports))
    }

    @Test func theChartShowsTheTenLargestDistrictsAndLinksToTheRest() throws {
        let result = try Self.build()
        let chart = try #require(InvestmentChart.make(result.model, root: "", limit: SitePages.homeChartBars))
        #expect(chart.bars.count == 10 && chart.isPartial && chart.districtCount == 12)
        #expect(chart.bars.first?.label == "坊子区" && chart.bars.last?.label == "博山区")
        let home = SampleSite.text(result.tree, "index.html")
        #expect(home.contains("全部12个区县的投资合计、数字与地图"))
        #expect(home.components(separatedBy: "class=\"bar-value\"").count - 1 == 10)
        let latest = try #require(home.range(of: "id=\"latest-heading\""))
        let chartHeading = try #require(home.range(of: "id=\"chart-heading\""))
        #expect(latest.lowerBound < chartHeading.lowerBound, "the latest articles come first")
        let investments = SampleSite.text(result.tree, "investments.html")
        #expect(investments.components(separatedBy: "class=\"bar-value\"").count - 1 == 12, "the investments page shows them all")
    }
}
