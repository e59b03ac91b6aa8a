import Foundation
import JianbaoReading

/// The view of the investments page: totals, chart, map, and the start of the site-wide listings with their filters.
extension SitePages {
    func investments() -> InvestmentsView {
        let links = LinkMaker(model: model, root: "")
        let totals = FactTotals(model: model)
        let listed = model.facts.count { $0.restates == nil }
        return InvestmentsView(
            page: chrome(title: "投资项目", description: "各区县报道中的投资数字与其他资金", path: "investments.html", root: ""),
            factCount: listed, restatementCount: model.facts.count - listed, hasRestatements: model.facts.count > listed,
            totalsByDistrict: totals.byDistrict(links: links), totalsByKind: totals.byKind(),
            chart: InvestmentChart.make(model, root: ""), map: DistrictMap.make(model, root: ""),
            investmentTable: preview(nil, .investment, caption: "投资数字", links: links),
            otherTable: preview(nil, .otherMoney, caption: "其他资金(不计入投资)", links: links),
            facets: facets(district: nil, current: nil, year: nil, root: ""),
            csvURL: FactData.csvPath, jsonURL: FactData.jsonPath
        )
    }
}
