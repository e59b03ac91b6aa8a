/// What a block of lines is on the page, judged from the block alone.
enum BlockKind: Sendable, Hashable {
    case title
    case byline(Byline)
    case furniture
    case body

    static let furniturePrefixes = ["责任编辑", "编辑", "责编", "美编", "校对", "组版", "电话:", "电话:", "本版编辑"]
    static let sentenceEnders: Set<Character> = ["。", "!", "?", "!", "?", ";", ";"]

    /// Classifies a block by its shape: short unpunctuated lines are titles, credit lines are bylines.
    static func of(_ block: TextBlock) -> BlockKind {
        let text = block.lines.joined(separator: " ")
        let stripped = text.hasPrefix("□") ? text.dropFirst().trimmingWhitespace() : text
        if furniturePrefixes.contains(where: { stripped.hasPrefix($0) }) {
            return .furniture
        }
        if let byline = BylineParser.parse(block.lines) {
            return .byline(byline)
        }
        let looksLikeTitle = block.lines.count <= 2
            && block.lines.allSatisfy { $0.count <= 32 && !$0.hasPrefix("- ") }
            && !text.contains(where: { sentenceEnders.contains($0) })
            && !text.hasSuffix(",") && !text.hasSuffix(",") && !text.hasSuffix("、")
        return looksLikeTitle ? .title : .body
    }
}
