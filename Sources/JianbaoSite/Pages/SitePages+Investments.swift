import Foundation
import JianbaoReading

/// The view of the investments page: totals, chart, map, and the site-wide tables with their filters.
extension SitePages {
    static func kindOptions(_ kinds: Set<MoneyFact.Kind>) -> [FilterOption] {
        MoneyFact.Kind.allCases.filter(kinds.contains).map { FilterOption(value: $0.rawValue, label: MoneyText.kind($0)) }
    }

    static func yearOptions(_ years: Set<Int>) -> [FilterOption] {
        years.sorted(by: >).map { FilterOption(value: "\($0)", label: "\($0)年") }
    }

    /// A site-wide table of `shown`, the figures chosen from `ids`: every one, or the `tableLimit`
    /// largest with a note saying where the rest are.
    func siteTable(_ ids: [Int], shown: [Int], caption: String, noun: String, links: LinkMaker) -> FactTable {
        let rows = shown.map { links.fact(model.facts[$0]) }
        guard shown.count < ids.count else { return FactTable(caption: caption, rows: rows, withDistrict: true) }
        return FactTable(caption: "金额最大的\(shown.count)个\(noun)(共\(ids.count)个)", rows: rows, withDistrict: true,
                         note: "这里只列出金额最大的\(shown.count)个,共\(ids.count)个。各区县的页面列出该区县的全部数字,CSV 与 JSON 下载含全部数字。")
    }

    /// `ids` without the figures that print an earlier one again: tables list each figure once.
    func firstPrintings(_ ids: [Int]) -> [Int] {
        ids.filter { model.facts[$0].restates == nil }
    }

    func investments() -> InvestmentsView {
        let links = LinkMaker(model: model, root: "")
        let totals = FactTotals(model: model)
        let ordered = totals.ordered(firstPrintings(Array(model.facts.indices)))
        let investment = ordered.filter { model.facts[$0].fact.kind.isInvestment }
        let other = ordered.filter { !model.facts[$0].fact.kind.isInvestment }
        let (shownInvestment, shownOther) = (totals.largest(investment, limit: tableLimit), totals.largest(other, limit: tableLimit))
        // A district some of whose figures the tables leave out is chosen on its own page, which lists them all.
        let shown = Set(shownInvestment + shownOther)
        var incomplete = Set<Int>()
        for id in ordered where !shown.contains(id) { incomplete.insert(model.facts[id].district) }
        let places = model.factsByDistrict.keys.sorted()
        return InvestmentsView(
            page: chrome(title: "投资项目", description: "各区县报道中的投资数字与其他资金", path: "investments.html", root: ""),
            factCount: ordered.count, restatementCount: model.facts.count - ordered.count, hasRestatements: model.facts.count > ordered.count,
            totalsByDistrict: totals.byDistrict(links: links), totalsByKind: totals.byKind(),
            chart: InvestmentChart.make(model, root: ""), map: DistrictMap.make(model, root: ""),
            investmentTable: siteTable(investment, shown: shownInvestment, caption: "全部投资数字", noun: "投资数字", links: links),
            otherTable: siteTable(other, shown: shownOther, caption: "其他资金(不计入投资)", noun: "其他资金数字", links: links),
            kindOptions: Self.kindOptions(Set(totals.kinds())),
            placeOptions: places.map { index in
                FilterOption(value: model.districts[index].name, label: model.districts[index].name,
                             url: incomplete.contains(index) ? links.district(index).url + "#investment-heading" : nil)
            },
            yearOptions: Self.yearOptions(Set(ordered.map { model.facts[$0].fact.year })), isPartial: !incomplete.isEmpty,
            csvURL: FactData.csvPath, jsonURL: FactData.jsonPath
        )
    }
}
