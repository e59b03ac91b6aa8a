/// A run of non-blank lines, the unit the page is laid out in.
struct TextBlock: Sendable, Hashable {
    var lines: [String]
    var firstLine: Int

    var lastLine: Int { firstLine + lines.count - 1 }
    /// The lines joined with nothing between them, as a paragraph reads.
    var joined: String { lines.joined() }

    /// Splits text into blocks at blank or whitespace-only lines, trimming each line.
    static func split(_ text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: TextBlock?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingWhitespace()
            if line.isEmpty {
                if let block = current { blocks.append(block) }
                current = nil
            } else if current == nil {
                current = TextBlock(lines: [line], firstLine: index + 1)
            } else {
                current!.lines.append(line)
            }
        }
        if let block = current { blocks.append(block) }
        return blocks
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space, ideographic space included.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[start...end])
        return result
    }
}
