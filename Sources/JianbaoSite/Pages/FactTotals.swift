import Foundation
import JianbaoReading

/// Sums of money facts for the tables and charts, adding only what may be added.
struct FactTotals {
    var model: SiteModel

    // The site-wide pages go over every fact on each rebuild, 75,000 at 10,000 reports: they read
    // fields in place by position rather than copying entries.

    /// The kinds that some figure has, in `MoneyFact.Kind`'s order.
    func kinds() -> [MoneyFact.Kind] {
        var present = Set<MoneyFact.Kind>()
        for id in model.facts.indices { present.insert(model.facts[id].fact.kind) }
        return MoneyFact.Kind.allCases.filter(present.contains)
    }

    func byDistrict(links: LinkMaker) -> [TotalRow] {
        let totals = model.investmentByDistrict
        return model.districts.indices.compactMap { index in
            let count = (model.factsByDistrict[index] ?? []).count { model.facts[$0].restates == nil }
            guard count > 0 else { return nil }
            let total = totals[index] ?? 0
            return TotalRow(name: model.districts[index].name, url: links.district(index).url, count: count,
                            total: total > 0 ? MoneyText.amount(total, currency: "CNY") : "", totalSort: DecimalText.plain(total))
        }
    }

    /// Count and top-level sum per kind, each kind summed on its own: a loan is never added to investment,
    /// a figure printed again is counted once, and a programme's total only as its latest report gives it.
    func byKind() -> [TotalRow] {
        var counts: [MoneyFact.Kind: Int] = [:]
        var totals: [MoneyFact.Kind: Decimal] = [:]
        for id in model.facts.indices where model.facts[id].restates == nil {
            let kind = model.facts[id].fact.kind
            counts[kind, default: 0] += 1
            let entry = model.facts[id]
            if entry.parent == nil && entry.fact.currency == "CNY" && entry.supersededBy == nil { totals[kind, default: 0] += entry.fact.amount }
        }
        return MoneyFact.Kind.allCases.compactMap { kind in
            guard let count = counts[kind] else { return nil }
            let total = totals[kind] ?? 0
            return TotalRow(name: MoneyText.kind(kind), url: nil, count: count,
                            total: total > 0 ? MoneyText.amount(total, currency: "CNY") : "", totalSort: DecimalText.plain(total))
        }
    }
}
