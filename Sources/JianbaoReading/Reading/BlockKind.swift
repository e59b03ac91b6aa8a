/// What a block of lines is on the page, judged from the block alone.
enum BlockKind: Sendable, Hashable {
    case title
    case byline(Byline)
    case furniture
    /// A picture's caption, kept with the article but not as one of its paragraphs.
    case caption
    case body

    static let furniturePrefixes = ["责任编辑", "编辑", "责编", "美编", "校对", "组版", "电话:", "电话：", "本版编辑", "图片编辑"]
    static let sentenceEnders: ScalarSet = ["。", "!", "?", ";"]
    static let commas: ScalarSet = [",", "、"]
    static let exclamations: ScalarSet = ["!", "?"]
    /// Commas between clauses (`,` and `，`), not the enumeration comma `、`.
    static let clauseCommas: ScalarSet = [","]

    /// Classifies a block by its shape: short unpunctuated lines are titles, credit lines are bylines.
    static func of(_ block: TextBlock) -> BlockKind {
        let text = block.heading
        let stripped = text.hasPrefix("□") ? text.dropFirst().trimmingWhitespace() : text
        if furniturePrefixes.contains(where: { stripped.hasLiteralPrefix($0) }) || block.lines.allSatisfy(DateLine.isMasthead) {
            return .furniture
        }
        if block.lines.count == 1, JumpMarker.of(text) != nil || isColumnLabel(text) { return .furniture }
        if PhotoCaption.isCaption(block) { return .caption }
        // A photographer's credit (`□ 记者 王明 摄`) belongs to a picture the text no longer has.
        if block.lines.count == 1, text.hasAtMost(30), text.hasSuffix("摄") || text.hasSuffix("摄影"),
           BylineParser.roles.contains(where: { text.contains($0.0) }) || text.hasPrefix("□") {
            return .furniture
        }
        if let byline = BylineParser.parse(block.lines) {
            return .byline(byline)
        }
        // A dateline only ever opens a paragraph; a credit in an unknown form is kept as text, not
        // made a headline.
        return looksLikeTitle(block) && DatelineParser.match(block.joined) == nil && !BylineParser.looksLikeCredit(block) ? .title : .body
    }

    // Marks that open a column label (`▪ 区县动态`, `■ 图片新闻`); □ and ◎ open credit lines instead.
    static let labelBullets: ScalarSet = ["▪", "■", "◆", "◇", "●", "▶", "►", "★", "☆"]

    // The nouns a column or box is named with (区县传真, 项目建设一线, 延伸阅读, 新闻链接, 要闻速览): a
    // headline tells what happened and does not end in one.
    static let columnNouns = ["传真", "动态", "快讯", "简讯", "短波", "速览", "速递", "一线", "链接", "阅读", "视点",
                              "扫描", "播报", "纵览", "资讯", "导读", "集锦", "关注", "观察", "之窗", "剪影", "写真"]
    static let longestUnmarkedLabel = 6

    /// Whether a short line is a column's or a box's label: it begins with a bullet and says nothing
    /// more, or it is a few characters ending in a column's noun.
    static func isColumnLabel(_ line: String) -> Bool {
        let text = line.trimmingWhitespace()
        guard let first = text.first else { return false }
        let bulleted = labelBullets.contains(first)
        let label = bulleted ? text.dropFirst().trimmingWhitespace() : text
        guard !label.isEmpty, !label.contains(where: { sentenceEnders.contains($0) || commas.contains($0) }),
              !BylineParser.roles.contains(where: { label.contains($0.0) }) else { return false }
        if bulleted { return label.hasAtMost(10) }
        return label.hasAtMost(longestUnmarkedLabel) && columnNouns.contains { label.hasSuffix($0) }
            && !label.contains(where: { NumberParser.asciiDigit($0) != nil || $0 == "“" || $0 == "”" })
    }

    // Headings are one or two short lines that end no sentence; a short quoted exclamation can be one too.
    static func looksLikeTitle(_ block: TextBlock) -> Bool {
        guard block.lines.count <= 2, block.lines.allSatisfy({ $0.hasAtMost(40) && !$0.hasPrefix("- ") }) else { return false }
        let text = block.heading
        if let last = text.last, commas.contains(last) { return false }
        guard let end = text.lastIndex(where: { sentenceEnders.contains($0) }) else { return true }
        // Only !?, only at the very end (closing quotes aside), only in one short line: “一方有困难,八方来支援!”
        let ender = text[end]
        let afterEnd = text[text.index(after: end)...]
        return block.lines.count == 1 && text.hasAtMost(24) && exclamations.contains(ender)
            && afterEnd.allSatisfy { SentenceSplitter.closers.contains($0) }
            && text[..<end].allSatisfy { !sentenceEnders.contains($0) }
    }
}
