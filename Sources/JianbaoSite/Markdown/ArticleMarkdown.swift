import JianbaoReading

/// An article written as CommonMark, with every piece of report text escaped.
public struct ArticleMarkdown: Sendable {
    /// A figure to link: its character range in a paragraph and where the link goes.
    public struct Mark: Sendable, Hashable {
        public var range: Range<Int>
        public var url: String

        public init(range: Range<Int>, url: String) {
            self.range = range
            self.url = url
        }
    }

    public var article: Article
    /// Figures to mark, by paragraph index.
    public var marks: [Int: [Mark]]
    /// How report text is escaped: for cmark, or for any Markdown reader.
    public var style: MarkdownEscaper.Style

    public init(_ article: Article, marks: [Int: [Mark]] = [:], style: MarkdownEscaper.Style = .commonMark) {
        self.article = article
        self.marks = marks
        self.style = style
    }

    private func escape(_ text: String) -> String { MarkdownEscaper.escape(text, style: style) }

    /// The whole article: kicker, headline, subheadline and byline, then the body.
    public var document: String {
        var parts: [String] = []
        if let kicker = article.kicker { parts.append("*\(escape(kicker))*") }
        parts.append("# \(escape(article.displayTitle))")
        if let subheadline = article.subheadline { parts.append("**\(escape(subheadline))**") }
        let credit = BylineText.make(article.byline)
        if !credit.isEmpty { parts.append(escape(credit)) }
        return (parts + [body]).joined(separator: "\n\n")
    }

    /// The body only: section headings as `##`, paragraphs, the dateline in bold before the first one.
    public var body: String {
        var parts: [String] = []
        var datelinePending = article.dateline
        var paragraphIndex = -1
        for block in article.blocks {
            if case .paragraph = block { paragraphIndex += 1 }
            switch block {
            case .section(let title, _):
                parts.append("## \(escape(title))")
            case .caption(let caption):
                // Emphasis is ours alone (report text is escaped), so the page can show it as a caption.
                parts.append("*\(escape(caption.text))*")
            case .paragraph(let paragraph) where paragraph.isList:
                parts.append(paragraph.text.split(separator: "\n").map { item in
                    "- " + escape(Paragraph.itemText(String(item)))
                }.joined(separator: "\n"))
            case .paragraph(let paragraph):
                var text = escaped(paragraph.text, marking: marks[paragraphIndex] ?? [])
                if let dateline = datelinePending {
                    text = "**\(escape(dateline))** " + text
                    datelinePending = nil
                }
                parts.append(text)
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    // Report text stays escaped; only the links around marked figures are Markdown. Marks count
    // characters; the text is walked once with its own indices rather than copied into characters.
    private func escaped(_ text: String, marking marks: [Mark]) -> String {
        guard !marks.isEmpty else { return escape(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 4 + 64 * marks.count)
        var position = 0
        var index = text.startIndex
        for mark in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where mark.range.lowerBound >= position {
            // A mark that ends past the text is left out, as a mark that overlaps the one before it is.
            guard let start = text.index(index, offsetBy: mark.range.lowerBound - position, limitedBy: text.endIndex),
                  let end = text.index(start, offsetBy: mark.range.count, limitedBy: text.endIndex) else { continue }
            MarkdownEscaper.escape(text[index..<start], style: style, into: &result)
            result += "["
            MarkdownEscaper.escape(text[start..<end], style: style, into: &result)
            result += "](\(mark.url))"
            (index, position) = (end, mark.range.upperBound)
        }
        MarkdownEscaper.escape(text[index...], style: style, into: &result)
        return result
    }
}
