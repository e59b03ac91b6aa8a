import Foundation
import JianbaoReading

/// One figure, one fact: the same figure printed again (in another report, or later in the same
/// one) is a restatement of the first, so that no total counts it twice.
///
/// Two figures are the same when they have the same district, kind, year, project count, amount and
/// currency, and both are totals or both are parts. The first one, by date (undated last), then by
/// file order, stands for them all; the others point to it.
enum Restatements {
    private struct Key: Hashable {
        var district: Int
        var kind: MoneyFact.Kind
        var year: Int
        var projects: Int?
        var amount: Decimal
        var currency: String
        var isPart: Bool
    }

    /// Marks each restatement in `facts` with the figure it restates, and gives that figure the
    /// articles that print it again.
    static func mark(_ facts: inout [FactEntry]) {
        var groups: [Key: [Int]] = [:]
        for entry in facts {
            let fact = entry.fact
            let key = Key(district: entry.district, kind: fact.kind, year: fact.year, projects: fact.projects,
                          amount: fact.amount, currency: fact.currency, isPart: entry.parent != nil)
            groups[key, default: []].append(entry.id)
        }
        for ids in groups.values where ids.count > 1 {
            let sorted = ids.sorted { facts[$0].dateOrder < facts[$1].dateOrder }
            let first = sorted[0]
            for id in sorted.dropFirst() {
                facts[id].restates = first
                if !facts[first].alsoIn.contains(facts[id].article), facts[id].article != facts[first].article {
                    facts[first].alsoIn.append(facts[id].article)
                }
            }
        }
    }

    /// Kinds whose figures state where a programme stands (the year's key projects, projects back at
    /// work, projects under negotiation, money in place): a later report's total replaces an earlier
    /// one instead of adding to it. Signings and groundbreakings are events, each added.
    static let standingKinds: Set<MoneyFact.Kind> = [.plan, .resumption, .negotiating, .fundsInPlace]

    /// Marks the totals of a standing kind that a later report of the same district and year updates:
    /// only the latest dated article's totals of each such kind are added up. `dates` gives each
    /// figure's date for this (its own, else its article's).
    static func markSuperseded(_ facts: inout [FactEntry], dates: (FactEntry) -> ReportDate?) {
        struct Programme: Hashable { var district: Int; var kind: MoneyFact.Kind; var year: Int; var currency: String }
        var latest: [Programme: (date: ReportDate, article: Int, id: Int)] = [:]
        for entry in facts where entry.parent == nil && entry.restates == nil && standingKinds.contains(entry.fact.kind) {
            guard let date = dates(entry) else { continue }
            let key = Programme(district: entry.district, kind: entry.fact.kind, year: entry.fact.year, currency: entry.fact.currency)
            if let known = latest[key], (known.date, known.article) >= (date, entry.article) { continue }
            latest[key] = (date, entry.article, entry.id)
        }
        for id in facts.indices where facts[id].parent == nil && facts[id].restates == nil && standingKinds.contains(facts[id].fact.kind) {
            let key = Programme(district: facts[id].district, kind: facts[id].fact.kind, year: facts[id].fact.year, currency: facts[id].fact.currency)
            guard let newest = latest[key], newest.article != facts[id].article else { continue }
            facts[id].supersededBy = newest.id
        }
    }
}
