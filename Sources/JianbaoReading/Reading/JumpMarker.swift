/// A note that an article's text goes on elsewhere (`（下转第2版）`) or comes from elsewhere (`（上接第1版）`).
enum JumpMarker: Sendable, Hashable {
    /// The text breaks off here and goes on at a later spot.
    case out
    /// The text here continues an article begun at an earlier spot.
    case into

    static let verbs: [(String, JumpMarker)] = [("下转", .out), ("转", .out), ("上接", .into), ("接", .into)]
    static let openers: ScalarSet = ["("]
    static let longest = 16

    /// The marker a whole line is, if it is one: brackets around a verb and a page (`第2版`, `A3版`).
    static func of(_ line: String) -> JumpMarker? {
        // Asked of every one-line block: long lines are turned away before any folding.
        guard line.utf8.count <= longest * 8, line.hasAtMost(longest * 2) else { return nil }
        var core = FullWidth.folded(line).trimmingWhitespace()
        guard core.hasPrefix("("), core.hasSuffix(")"), core.hasAtMost(longest) else { return nil }
        core = String(core.dropFirst().dropLast()).trimmingWhitespace()
        guard let (verb, marker) = verbs.first(where: { core.hasPrefix($0.0) }) else { return nil }
        core = String(core.dropFirst(verb.count))
        if core.hasPrefix("第") { core.removeFirst() }
        guard core.hasSuffix("版") || core.hasSuffix("页") else { return nil }
        let page = core.dropLast()
        return !page.isEmpty && page.allSatisfy { $0.isASCII && $0.isLetter || NumberParser.startsNumber($0) }
            ? marker : nil
    }

    /// A marker printed at the very end of a paragraph's text, and its length in characters.
    static func atEnd(of text: String) -> (marker: JumpMarker, length: Int)? {
        guard text.hasSuffix(")") || text.hasSuffix("）"),
              let open = text.lastIndex(where: { openers.contains($0) }) else { return nil }
        let tail = String(text[open...])
        guard tail.count < text.count, let marker = of(tail) else { return nil }
        return (marker, tail.count)
    }

    /// A marker printed at the very start of a paragraph's text, and its length with the spaces after it.
    static func atStart(of text: String) -> (marker: JumpMarker, length: Int)? {
        guard let first = text.first, openers.contains(first),
              let close = text.prefix(longest).firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
        let head = String(text[...close])
        guard let marker = of(head) else { return nil }
        let rest = text[text.index(after: close)...]
        let spaces = rest.prefix { $0.isWhitespace }.count
        return rest.count > spaces ? (marker, head.count + spaces) : nil
    }
}
