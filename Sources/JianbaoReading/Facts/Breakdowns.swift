import Foundation

/// Links figures that are parts of other figures, and checks that the parts fit their total.
enum Breakdowns {
    static let publicMoney: Set<MoneyFact.Kind> = [.loan, .allocation, .donation, .relief]

    /// The facts in file order with `parent` set: 其中 breakdowns, named examples of a later total,
    /// and smaller sums of public money that a cumulative sum of the same kind includes.
    static func link(_ drafts: [FactDraft]) -> [MoneyFact] {
        var parents = drafts.map(\.breakdownOf)
        var examples: Set<Int> = []
        // Named projects listed as examples belong to the first later total in the article that can hold them all.
        var index = 0
        while index < drafts.count {
            let group = drafts.indices[index...].prefix { drafts[$0].paragraph == drafts[index].paragraph && drafts[$0].sentence == drafts[index].sentence }
            index += max(group.count, 1)
            guard group.count >= 2, group.allSatisfy({ drafts[$0].isExample && !drafts[$0].kindFromWords && parents[$0] == nil }) else { continue }
            let projects = group.reduce(0) { $0 + (drafts[$1].fact.projects ?? 0) }
            let amount = group.reduce(Decimal(0)) { $0 + drafts[$1].fact.amount }
            // Only later figures of the same article; the scan stops where the article ends.
            let article = drafts[group.lowerBound].paragraph[0]
            let total = drafts.indices[(group.upperBound)...].prefix { drafts[$0].paragraph[0] == article }.first { candidate in
                let fact = drafts[candidate].fact
                return !drafts[candidate].isExample
                    && (fact.projects ?? 0) >= projects && fact.amount >= amount && fact.currency == drafts[group.lowerBound].fact.currency
            }
            if let total { for member in group { parents[member] = total } }
            if total != nil { for member in group { examples.insert(member) } }
        }
        // 600万元 lent to two firms on one day is part of 2600万元 lent to three firms since the outbreak.
        let byParagraph = Dictionary(grouping: drafts.indices, by: { drafts[$0].paragraph })
        for child in drafts.indices where parents[child] == nil && publicMoney.contains(drafts[child].fact.kind) {
            parents[child] = byParagraph[drafts[child].paragraph, default: []].first { candidate in
                candidate != child && drafts[candidate].isCumulative
                    && drafts[candidate].fact.kind == drafts[child].fact.kind && drafts[candidate].fact.amount > drafts[child].fact.amount
                    && parents[candidate] == nil
            }
        }
        var facts = drafts.map(\.fact)
        for child in facts.indices {
            guard let parent = parents[child] else { continue }
            if !drafts[child].kindFromWords { facts[child].kind = facts[parent].kind }
            if examples.contains(child), facts[child].category == nil { facts[child].category = drafts[child].label }
        }
        let order = drafts.indices.sorted { (drafts[$0].fact.line, drafts[$0].column, $0) < (drafts[$1].fact.line, drafts[$1].column, $1) }
        var position = [Int](repeating: 0, count: drafts.count)
        for (sorted, original) in order.enumerated() { position[original] = sorted }
        return order.map { original in
            var fact = facts[original]
            fact.parent = parents[original].map { position[$0] }
            return fact
        }
    }

    /// Warnings for parts that should add up to their total and do not, or that exceed it.
    static func check(_ facts: [MoneyFact], file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let partsByTotal = Dictionary(grouping: facts.filter { $0.parent != nil }, by: { $0.parent! })
        for (index, total) in facts.enumerated() {
            guard let parts = partsByTotal[index] else { continue }
            let sum = parts.reduce(Decimal(0)) { $0 + $1.amount }
            let counted = parts.allSatisfy { $0.projects != nil } && total.projects != nil
                && parts.reduce(0) { $0 + ($1.projects ?? 0) } == total.projects
            // A total is printed rounded: 638 stands for anything from 637.5 to 638.5, or half a percent.
            let slack = max(total.amount * Decimal(string: "0.005")!, Decimal(50_000_000))
            let shown = "\(AmountText.yi(total.amount))亿元"
            if counted, abs(sum - total.amount) > slack {
                diagnostics.append(Diagnostic(file: file, line: total.line,
                    message: "the \(parts.count) parts of \(shown) add up to \(AmountText.yi(sum))亿元; check the figures against the report"))
            } else if sum > total.amount + slack {
                diagnostics.append(Diagnostic(file: file, line: total.line,
                    message: "the parts of \(shown) add up to more than it, \(AmountText.yi(sum))亿元; check the figures against the report"))
            }
        }
        return diagnostics
    }
}

/// Amounts written as Chinese readers write them.
public enum AmountText {
    /// `638`, `129.66`, `0.001267`: the amount in 亿 without trailing zeros.
    public static func yi(_ amount: Decimal) -> String {
        var value = amount.timesPowerOfTen(-8)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 6, .plain)
        return DecimalText.plain(rounded)
    }
}
