/// Sentences that break down a total without 其中: `此次开工的项目中,…`, `产业项目中,…`, and a
/// project said to be one of a class, `作为此次开工的先进制造业项目之一,…`.
enum BreakdownOpening {
    // The opening phrase is short: `签约项目中,`, `此次集中开工的项目中,`.
    static let longestOpening = 16

    /// The class of projects a sentence opens with (`产业项目中,`), and the offset of its comma.
    static func among(_ characters: [Character]) -> (label: String, end: Int)? {
        guard let comma = characters.prefix(longestOpening + 1).firstIndex(where: { BlockKind.clauseCommas.contains($0) }),
              comma >= 3, String(characters[(comma - 3)..<comma]) == "项目中" else { return nil }
        return (label(String(characters[..<(comma - 1)])), comma)
    }

    /// The class a single project is said to be one of: `…先进制造业项目之一` gives 先进制造业项目.
    static func oneOf(_ sentence: String) -> String? {
        guard let range = sentence.range(of: "项目之一") else { return nil }
        let phrase = String(sentence[..<range.upperBound].dropLast(2))
        let clause = phrase.split(whereSeparator: { BlockKind.clauseCommas.contains($0) || $0 == "。" }).last.map(String.init) ?? phrase
        return label(clause)
    }

    // The words of a class without what only places it in the event: `此次开工的先进制造业项目` → 先进制造业项目.
    static func label(_ phrase: String) -> String {
        String(phrase.split(separator: "的").last ?? Substring(phrase))
    }

    /// The latest earlier figure of the article whose category is the class, or ends with it.
    static func figure(of label: String, in drafts: [FactDraft], article: Int) -> Int? {
        drafts.indices.reversed().first { index in
            guard drafts[index].paragraph[0] == article, let category = drafts[index].fact.category else { return false }
            return category == label || category.hasSuffix(label)
        }
    }

    /// The latest earlier total of the article of the event a class names (`签约项目中` → a signing).
    static func total(of label: String, in drafts: [FactDraft], article: Int) -> Int? {
        guard let event = KindClassifier.event(in: label) else { return nil }
        return drafts.indices.reversed().first { index in
            drafts[index].paragraph[0] == article && drafts[index].breakdownOf == nil && drafts[index].fact.kind == event
        }
    }
}
