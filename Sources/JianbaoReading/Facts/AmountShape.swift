/// Amounts that are written as money but state no figure of their own: the upper end of a range
/// (`10亿至14亿元`) and a size that names a class of projects (`亿元以上项目`, `投资额超过5000万元的项目`).
enum AmountShape {
    static let rangeMarks: Set<Character> = ["至", "到", "~", "～", "-", "－", "—", "–"]
    static let numberCharacters: Set<Character> = Set("0123456789０１２３４５６７８９.．一二三四五六七八九十百千万亿两零〇点")

    /// Whether the text before an amount ends in a number and a range mark: the amount closes a range.
    static func isRangeEnd(before text: String) -> Bool {
        var rest = text[...]
        guard let mark = rest.popLast(), rangeMarks.contains(mark) else { return false }
        if rest.hasSuffix("元") { rest = rest.dropLast() }
        guard let last = rest.last else { return false }
        return numberCharacters.contains(last)
    }

    /// Whether the amount only sizes a class: `…以上的项目`, `…以下`, or an eligibility test
    /// (`投资额超过5000万元的项目`) rather than a sum. `approx` is the qualifier read with the amount,
    /// which holds the test when the scanner took it in (`超过` of `超过5000万元`).
    static func isSizeClass(before: String, after: String, approx: String?) -> Bool {
        if ["以上", "以下", "及以上", "以内"].contains(where: { after.hasPrefix($0) }) { return true }
        guard after.hasPrefix("的") else { return false }
        let tests = ["超过", "超", "逾", "不低于", "不少于", "达到", "高于"]
        if let test = tests.first(where: { before.hasSuffix($0) }) { return before.dropLast(test.count).hasSuffix("投资额") }
        return approx.map(tests.contains) == true && before.hasSuffix("投资额")
    }

    /// Whether `clause` states an amount of its own: one that is neither a range's end nor a size class
    /// (`投资额10亿元以上的项目4个` states none, and so is context for the total after it).
    static func statesFigure(_ clause: String) -> Bool {
        let characters = CharacterArray.of(clause)
        return QuantityScanner.amounts(in: clause).contains { amount in
            let before = String(characters[..<amount.range.lowerBound])
            let after = String(characters[amount.range.upperBound...])
            return !isRangeEnd(before: before) && !isSizeClass(before: before, after: after, approx: amount.approx)
        }
    }
}
