/// Tells a picture's caption left in the text: `▲…`, `图为…`, or words ending in a photographer's credit.
enum PhotoCaption {
    // Arrows and triangles point at the picture the caption is under or beside.
    static let pointers: ScalarSet = ["▲", "△", "▼", "▽", "↑", "↓", "←", "→"]
    static let openers = ["图为", "上图", "下图", "左图", "右图", "图:", "图片:"]
    static let creditEnds = ["摄影", "摄"]
    static let creditRoles = BylineParser.roles.map(\.0) + ["摄影", "供图"]
    // A credit is a role and a name or two, sometimes an outlet's name before them.
    static let longestCredit = 24
    static let longestCaption = 300

    /// Whether a block of at most three lines is a caption rather than a paragraph of the article.
    static func isCaption(_ block: TextBlock) -> Bool {
        guard block.lines.count <= 3, let head = block.heading.first, let tail = block.lines.last?.last else { return false }
        // Most blocks neither start with a pointer or 图 nor end in a credit: no folding for them.
        guard pointers.contains(head) || openers.contains(where: { $0.first == head })
              || creditEnds.contains(where: { $0.last == tail }) || tail == ")" || tail == "）" || tail.isWhitespace else { return false }
        let text = FullWidth.folded(block.joined).trimmingWhitespace()
        guard text.hasAtMost(longestCaption), let first = text.first else { return false }
        if pointers.contains(first) { return text.count > 1 }
        if openers.contains(where: { text.hasPrefix($0) }) { return text.count > 4 }
        return endsInCredit(text)
    }

    /// Whether the text ends in `记者 X 摄`, `(新华社记者 X 摄)` or `X/摄`, after words of its own.
    static func endsInCredit(_ text: String) -> Bool {
        var core = Substring(text)
        while let last = core.last, last == ")" || last.isWhitespace { core.removeLast() }
        guard let end = creditEnds.first(where: { core.hasSuffix($0) }) else { return false }
        let beforeEnd = core.dropLast(end.count)
        // `拍摄` and `航摄` are verbs of the sentence, not a credit.
        guard let last = beforeEnd.last, last != "拍", last != "航" else { return false }
        let start = beforeEnd.lastIndex { BlockKind.sentenceEnders.contains($0) || $0 == "(" }
        let credit = start.map { beforeEnd[beforeEnd.index(after: $0)...] } ?? beforeEnd
        let words = start.map { beforeEnd[..<$0] } ?? ""
        guard credit.count <= longestCredit, !words.trimmingWhitespace().isEmpty else { return false }
        return credit.contains("/") || creditRoles.contains { credit.contains($0) }
    }
}
