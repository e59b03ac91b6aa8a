import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

/// The map is fitted to where most districts are; far-off ones are listed, never squeezing the rest.
@Suite struct DistrictMapTests {
    @Test func farOffPlacesAreListedAndTheRestFillTheMap() {
        // Eight districts within a degree of each other, and two a thousand kilometres away.
        let near: [(Int, Double, Double)] = (0..<8).map { index -> (Int, Double, Double) in
            (index, 118.0 + Double(index) * 0.1, 36.5 + Double(index % 3) * 0.1)
        }
        let far: [(Int, Double, Double)] = [(8, 87.6, 43.8), (9, 126.6, 45.7)]
        let fitted = DistrictMap.fitted(near + far)
        #expect(fitted.drawn.map { $0.0 } == Array(0..<8))
        #expect(fitted.outside.map { $0.0 } == [8, 9])
    }

    @Test func aRegionSpreadWideIsDrawnWhole() {
        let spread: [(Int, Double, Double)] = (0..<8).map { index -> (Int, Double, Double) in
            (index, 80.0 + Double(index) * 6, 25.0 + Double(index) * 3)
        }
        #expect(DistrictMap.fitted(spread).outside.isEmpty)
        let small: [(Int, Double, Double)] = (0..<5).map { index -> (Int, Double, Double) in (index, 118.0 + Double(index) * 0.01, 36.5) }
        #expect(DistrictMap.fitted(small + [(5, 118.9, 36.9)]).outside.isEmpty, "a district a degree off is near")
    }

    @Test func theInvestmentsPageNamesTheDistrictsItLeavesOut() throws {
        var reports: [String: String] = [:]
        for (index, name) in ["张店区", "淄川区", "博山区", "临淄区", "周村区", "桓台县", "乌鲁木齐县"].enumerated() {
            reports["r\(index).txt"] = "\(name)项目集中开工\n\n□ 记者 王明\n\n5月8日,\(name)\(index + 2)个项目集中开工,总投资\(index + 10)亿元。"
        }
        let result = try SiteBuilder.build(try SampleSite.input(reports: reports))
        let map = try #require(DistrictMap.make(result.model, root: ""))
        #expect(map.points.count == 6 && map.outside.map(\.label) == ["乌鲁木齐县"])
        let page = SampleSite.text(result.tree, "investments.html")
        #expect(page.contains("离其他区县太远、未画入图中的:<a href=\"districts/wu-lu-mu-qi-xian.html\">乌鲁木齐县</a>(16亿元)"))
    }
}
