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
            let sorted = ids.sorted { order(facts[$0]) < order(facts[$1]) }
            let first = sorted[0]
            for id in sorted.dropFirst() {
                facts[id].restates = first
                if !facts[first].alsoIn.contains(facts[id].article), facts[id].article != facts[first].article {
                    facts[first].alsoIn.append(facts[id].article)
                }
            }
        }
    }

    private static func order(_ entry: FactEntry) -> (Int, Int, Int, Int, Int) {
        let date = entry.fact.date
        return (date == nil ? 1 : 0, date?.year ?? 0, date?.month ?? 0, date?.day ?? 0, entry.id)
    }
}
