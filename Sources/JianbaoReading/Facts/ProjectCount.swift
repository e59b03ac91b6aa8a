import Foundation

/// The number of projects an amount covers and the label of those projects, read around the amount.
///
/// `总投资98.2亿元的5个项目`, `重点项目67个,总投资638亿元`, `20个市级重大项目总投资989.3亿元`, and a
/// named project, `投资10亿元的海吉亚医院综合体项目`, which counts as one.
struct ProjectCount: Sendable, Hashable {
    var projects: Int
    /// The projects' label (`市级重大项目`) or the named project.
    var label: String?
    /// Whether the project is named rather than counted.
    var isNamed: Bool

    static let clauseBreaks: ScalarSet = [",", ";", "。", "!", "?", ":", "、"]
    static let longestLabel = 24

    /// Reads the text right after the amount, then the amount's clause and the clause before it.
    static func find(after: String, before: String, previousClause: String) -> ProjectCount? {
        if let found = following(after) { return found }
        return preceding(before) ?? named(before) ?? preceding(previousClause) ?? pointedBack(before, previousClause)
    }

    // Totals with no subject of their own: the clause before says what they are the total of.
    static let bareTotals = ["总投资", "计划总投资", "项目总投资", "投资", "计划投资", "投资总额"]

    // `该项目是此次开工的项目之一,总投资45亿元`: a bare total after a clause about one project
    // pointed back to is that project's.
    static func pointedBack(_ before: String, _ previousClause: String) -> ProjectCount? {
        let bare = before.trimmingWhitespace()
        guard bareTotals.contains(where: { bare == $0 || bare == $0 + "约" || bare == $0 + "达" }) else { return nil }
        let subject = previousClause.trimmingWhitespace()
        guard pointers.contains(where: { subject.hasPrefix($0 + "项目") }) else { return nil }
        return ProjectCount(projects: 1, label: nil, isNamed: true)
    }

    // How a project's own total is introduced after its name: `…产业园项目总投资38亿元`.
    static let ownTotalStems = ["项目计划总投资", "项目总投资", "项目计划投资", "项目投资总额", "项目投资额", "项目投资"]
    // Words that point back to one project already named: `该项目总投资16亿元`.
    static let pointers = ["该", "这个", "这一", "此", "本"]
    // The last character of a facility's name (产业园, 生产基地, 研发中心, 二期, 加工厂, 生产线, 工程 …);
    // a class of projects ends otherwise (重点项目, 产业项目, 基础设施项目).
    static let facilityEnds: Set<Character> = ["园", "地", "心", "厂", "线", "程", "期", "馆", "城", "港", "站", "楼", "场", "院", "库", "谷", "湾", "店", "坊", "仓", "塔", "桥", "路", "廊"]

    // A single project named, or pointed back to, right before its own total: it counts as one.
    static func named(_ clause: String) -> ProjectCount? {
        let text = clause.trimmingWhitespace()
        guard let stem = ownTotalStems.first(where: { text.hasSuffix($0) }) else { return nil }
        let name = String(text.dropLast(stem.count - 2))
        let modifier = name.dropLast(2)
        if modifier.isEmpty || pointers.contains(where: { modifier.hasSuffix($0) }) {
            return ProjectCount(projects: 1, label: nil, isNamed: true)
        }
        guard let last = modifier.last, facilityEnds.contains(last), !modifier.hasSuffix("个") else { return nil }
        let label = String(name.split(separator: "的").last ?? Substring(name))
        guard label.count <= longestLabel + 4 else { return nil }
        return ProjectCount(projects: 1, label: label, isNamed: true)
    }

    // `的5个项目`, `的17个重大项目`, `的海吉亚医院综合体项目`.
    static func following(_ text: String) -> ProjectCount? {
        guard text.hasPrefix("的") else { return nil }
        let clause = String(text.dropFirst().prefix { !clauseBreaks.contains($0) && $0 != "…" })
        guard let end = clause.range(of: "项目", options: .backwards)?.upperBound else { return nil }
        let phrase = String(clause[..<end])
        guard phrase.count <= longestLabel + 4 else { return nil }
        if let (count, label) = countThenLabel(phrase) { return ProjectCount(projects: count, label: label, isNamed: false) }
        guard !phrase.contains(where: { NumberParser.asciiDigit($0) != nil }) else { return nil }
        return ProjectCount(projects: 1, label: phrase, isNamed: true)
    }

    static let countVerbs = ["已有", "共有", "有", "共", "达"]

    // `20个市级重大项目总投资` or `工业项目24个,` / `项目共19个`.
    static func preceding(_ clause: String) -> ProjectCount? {
        var text = clause.trimmingWhitespace()
        if text.hasPrefix("其中") { text = String(text.dropFirst(2)) }
        for quantity in QuantityScanner.quantities(in: text) where quantity.unit == .count("个") {
            guard let count = Int(exactly: quantity.value) else { continue }
            let characters = CharacterArray.of(text)
            let before = String(characters[..<quantity.range.lowerBound])
            let after = String(characters[quantity.range.upperBound...])
            if let end = after.range(of: "项目")?.upperBound, after[..<end].count <= longestLabel,
               !after[..<end].contains(where: { clauseBreaks.contains($0) }) {
                return ProjectCount(projects: count, label: String(after[..<end]), isNamed: false)
            }
            // `项目共19个`, `签约项目达12个`, `上述签约项目中已有9个`: a count of the projects named before it.
            var label = Substring(before)
            for verb in countVerbs where label.hasSuffix(verb) {
                label = label.dropLast(verb.count)
                break
            }
            if label.hasSuffix("中") { label = label.dropLast() }
            if label.hasSuffix("项目") {
                return ProjectCount(projects: count, label: labelWords(String(label)), isNamed: false)
            }
        }
        return nil
    }

    // `5个项目` → (5, 项目); `9个高端智能制造项目` → (9, 高端智能制造项目).
    private static func countThenLabel(_ phrase: String) -> (Int, String)? {
        guard let quantity = QuantityScanner.quantities(in: phrase).first, quantity.range.lowerBound == 0,
              quantity.unit == .count("个"), let count = Int(exactly: quantity.value) else { return nil }
        return (count, String(Array(phrase)[quantity.range.upperBound...]))
    }

    // The label is the words before the count, after any verb phrase: `共确定实施重点项目` → `重点项目`
    // is too clever to guess; the whole run is kept and trimmed of leading function words.
    private static func labelWords(_ text: String) -> String {
        var label = text
        for lead in ["目前", "共", "确定", "实施", "新", "其中"] where label.hasPrefix(lead) { label.removeFirst(lead.count) }
        return label
    }
}
