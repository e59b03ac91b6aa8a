/// Tells the start of a paragraph the layout cut short from a section heading of the same shape.
///
/// `与此同时,围绕现代化高品质城市建设和` and `该县科学做好预检分诊工作,启用隔离病` look like headings
/// (short, no full stop), but they follow body text and read as prose that stops mid-phrase.
enum CutParagraph {
    // Words that open a clause of running text and almost never a heading.
    static let proseOpeners = ["该", "与此同时", "同时", "此外", "另外", "据悉", "据了解", "目前", "其中", "但是",
                               "而且", "并且", "因此", "随着", "截至", "近日", "日前", "连日来", "此前", "随后"]
    // Characters that leave a phrase unfinished: particles, conjunctions and prepositions.
    static let unfinishedEndings: ScalarSet = ["的", "和", "与", "及", "或", "并", "在", "对", "将", "把", "被", "从",
                                                     "向", "以", "等", "于", "了", "着", "而", "且", "是", "让", "使", "由", "给"]
    // Longer than any section heading in this genre, when it also has clauses.
    static let longestHeading = 24

    /// Whether a title-shaped block that follows body text is really the cut start of a paragraph;
    /// `underSection`: it follows a section heading, which has no subheadline, so any clause is prose.
    static func isCut(_ block: TextBlock, underSection: Bool = false) -> Bool {
        guard block.lines.count == 1, block.blankLinesBefore <= 1 else { return false }
        let text = block.joined
        // Spaces between words mark a heading set in parts: `党建引领 打造高素质招商引资队伍`.
        guard !text.contains(where: \.isWhitespace) else { return false }
        guard text.contains(where: { BlockKind.clauseCommas.contains($0) }), !text.hasPrefix("“") else { return false }
        if underSection { return true }
        if proseOpeners.contains(where: { text.hasPrefix($0) }) || startsWithDate(text) || opensWithSetting(text) { return true }
        if let last = text.last, unfinishedEndings.contains(last) { return true }
        return !text.hasAtMost(longestHeading)
    }

    // Place and time words that end a sentence's opening setting: `签约项目中,`, `会上,`, `开工后,`.
    static let settingEnds: ScalarSet = ["中", "上", "后", "时", "里", "间", "前"]

    // `产业项目中,湘鑫精密光学元`: running text opens with where or when; a heading with a comma pairs
    // two phrases of one shape (`抓项目,促发展`) instead.
    static func opensWithSetting(_ text: String) -> Bool {
        guard let comma = text.firstIndex(where: { BlockKind.clauseCommas.contains($0) }) else { return false }
        let opening = text[..<comma]
        guard opening.count >= 2, let last = opening.last else { return false }
        return settingEnds.contains(last)
    }

    // `2月21日,…`, `到2月15日,…`, `2019年以来,…`: news text opens with dates, headings seldom do.
    static func startsWithDate(_ text: String) -> Bool {
        var rest = Substring(FullWidth.folded(text))
        for lead in ["到", "至", "截至", "自", "从", "在"] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count)
            break
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let unit = rest.dropFirst(digits.count).first else { return false }
        return unit == "月" || unit == "年" || unit == "日"
    }

    /// The kinds with cut paragraph starts turned back into body text: title-shaped blocks after body
    /// text, or right after a section heading (which cannot have a subheadline).
    static func refine(_ kinds: [BlockKind], of blocks: [TextBlock]) -> [BlockKind] {
        var refined = kinds
        for index in blocks.indices.dropFirst() where refined[index] == .title {
            // Right under a credit line comes the text, or a section heading, never a subheadline.
            let afterText = refined[index - 1] == .body || { if case .byline = refined[index - 1] { true } else { false } }()
            let afterSection = refined[index - 1] == .title && index >= 2 && isSectionHeading(index - 1, refined, blocks)
            if (afterText || afterSection) && isCut(blocks[index], underSection: afterSection) { refined[index] = .body }
        }
        return refined
    }

    // A heading right under a credit line, or after a wide gap in running text, heads a section.
    private static func isSectionHeading(_ index: Int, _ kinds: [BlockKind], _ blocks: [TextBlock]) -> Bool {
        switch kinds[index - 1] {
        case .byline: true
        case .body: blocks[index].blankLinesBefore >= 3
        default: false
        }
    }
}
