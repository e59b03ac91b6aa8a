/// Repairs of paragraphs the layout broke: a continuation in the next block, or an orphan further down.
extension PageLayout {
    // An orphan is the short tail of a sentence that the layout pushed below the next heading.
    static let longestOrphan = 20
    // The paragraph an orphan ends sits just above that heading, so only the last few blocks are
    // looked at: an article of thousands of short lines must not be walked back at every one.
    static let orphanReach = 16

    // Marks a sentence cannot end on: a comma, an opening quote or bracket, a dash.
    static let openMarks: ScalarSet = [",", "、", "“", "‘", "《", "(", "（", "-", "—", "·"]

    /// Whether a paragraph stops on a character that cannot end one, so the layout cut it.
    static func breaksOff(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last.isHan || last.isLetter || last.isNumber || openMarks.contains(last)
    }

    /// Appends the paragraph to the article's last paragraph when that one broke off right before it.
    /// A caption printed between the two parts does not keep them apart.
    mutating func join(_ paragraph: Paragraph, intoArticle index: Int) -> Bool {
        let blocks = articles[index].blocks
        guard let position = blocks.lastIndex(where: { if case .caption = $0 { false } else { true } }),
              case .paragraph(let broken) = blocks[position], Self.breaksOff(broken.text),
              !BylineParser.looksLikeCredit(broken.text) else {
            return false
        }
        joinParts(at: position, with: paragraph, inArticle: index)
        return true
    }

    /// Puts a short one-sentence fragment back after the earlier paragraph of this article that it ends.
    mutating func rejoinOrphan(_ fragment: Paragraph, intoArticle index: Int) -> Bool {
        guard fragment.text.count <= Self.longestOrphan, SentenceSplitter.ranges(in: fragment.text).count == 1,
              !fragment.text.contains(where: { BlockKind.clauseCommas.contains($0) }),
              let position = articles[index].blocks.indices.suffix(Self.orphanReach).last(where: {
                  if case .paragraph(let p) = articles[index].blocks[$0] { Self.breaksOff(p.text) } else { false }
              }) else { return false }
        guard articles[index].blocks[position...].dropFirst().contains(where: { if case .section = $0 { true } else { false } })
        else { return false }
        joinParts(at: position, with: fragment, inArticle: index)
        return true
    }

    private mutating func joinParts(at position: Int, with continuation: Paragraph, inArticle index: Int) {
        guard case .paragraph(var broken) = articles[index].blocks[position] else { return }
        let repair = Repair(first: broken.sources.last ?? broken.source, second: continuation.source,
                            joint: String(broken.text.suffix(6)) + String(continuation.text.prefix(6)))
        articles[index].repairs.append(repair)
        diagnostics.append(Diagnostic(file: file, line: continuation.source.firstLine,
            message: "joined to the paragraph that breaks off at line \(repair.first.lastLine)"))
        broken.append(continuation)
        articles[index].blocks[position] = .paragraph(broken)
    }
}
