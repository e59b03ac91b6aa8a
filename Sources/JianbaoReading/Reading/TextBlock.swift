/// A run of non-blank lines, the unit the page is laid out in.
struct TextBlock: Sendable, Hashable {
    var lines: [String]
    var firstLine: Int
    /// Blank lines between this block and the one before; wide gaps set regions of the page apart.
    var blankLinesBefore: Int = 0

    var lastLine: Int { firstLine + lines.count - 1 }
    /// The lines joined with nothing between them, as a paragraph reads.
    var joined: String { lines.joined() }
    /// The lines joined with one space, as a heading spanning two lines reads.
    var heading: String { lines.joined(separator: " ") }

    /// Splits text into blocks at blank or whitespace-only lines, trimming each line.
    static func split(_ text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: TextBlock?
        var blanks = 0
        // A line feed is always a character of its own (decoding has turned CRLF into LF), so splitting
        // the UTF-8 bytes gives the same lines as splitting characters, without grapheme breaking.
        for (index, raw) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Substring(raw).trimmingWhitespace()
            if line.isEmpty {
                if let block = current { blocks.append(block) }
                current = nil
                blanks += 1
            } else if current == nil {
                current = TextBlock(lines: [line], firstLine: index + 1, blankLinesBefore: blocks.isEmpty ? 0 : blanks)
                blanks = 0
            } else {
                current!.lines.append(line)
            }
        }
        if let block = current { blocks.append(block) }
        return blocks
    }

    static let listMarkers = ["- ", "-", "• ", "•", "· ", "●", "◆", "* "]

    /// Whether every line is an item of a list, such as the hotlines `- 综合协调 (0536-8090761)`.
    var isList: Bool {
        lines.count >= 2 && lines.allSatisfy { line in Self.listMarkers.contains { line.hasPrefix($0) } }
    }

    /// The block as paragraph text, less `dropping` leading characters (a dateline), with each line's share.
    /// A list keeps one item per line; other lines run on, as the layout broke them.
    func paragraph(file: String, dropping: Int = 0) -> Paragraph {
        var pieces: [Paragraph.Piece] = []
        let separator = isList ? "\n" : ""
        var text = ""
        var toDrop = dropping
        for (offset, line) in lines.enumerated() {
            var kept = Substring(line)
            if toDrop > 0 {
                let cut = min(toDrop, kept.count)
                kept = kept.dropFirst(cut)
                toDrop -= cut
                if text.isEmpty { kept = Substring(kept.trimmingWhitespace()) }
            }
            guard !kept.isEmpty else { continue }
            if !text.isEmpty && !separator.isEmpty {
                text += separator
                pieces[pieces.count - 1].length += separator.count
            }
            text += kept
            pieces.append(Paragraph.Piece(length: kept.count, line: firstLine + offset))
        }
        return Paragraph(text: text, file: file, pieces: pieces)
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space, ideographic space included.
    func trimmingWhitespace() -> String {
        let scalars = Substring(self).unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.index(after: scalars.lastIndex(where: { !$0.properties.isWhitespace })!)
        return String(Substring(scalars[start..<end]))
    }
}
