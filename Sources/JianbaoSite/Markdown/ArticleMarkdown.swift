import JianbaoReading

/// An article written as CommonMark, with every piece of report text escaped.
public struct ArticleMarkdown: Sendable {
    public var article: Article

    public init(_ article: Article) {
        self.article = article
    }

    /// The whole article: kicker, headline, subheadline and byline, then the body.
    public var document: String {
        var parts: [String] = []
        if let kicker = article.kicker { parts.append("*\(MarkdownEscaper.escape(kicker))*") }
        parts.append("# \(MarkdownEscaper.escape(article.displayTitle))")
        if let subheadline = article.subheadline { parts.append("**\(MarkdownEscaper.escape(subheadline))**") }
        let credit = BylineText.make(article.byline)
        if !credit.isEmpty { parts.append(MarkdownEscaper.escape(credit)) }
        return (parts + [body]).joined(separator: "\n\n")
    }

    /// The body only: section headings as `##`, paragraphs, the dateline in bold before the first one.
    public var body: String {
        var parts: [String] = []
        var datelinePending = article.dateline
        for block in article.blocks {
            switch block {
            case .section(let title, _):
                parts.append("## \(MarkdownEscaper.escape(title))")
            case .paragraph(let paragraph) where paragraph.isList:
                parts.append(paragraph.text.split(separator: "\n").map { item in
                    "- " + MarkdownEscaper.escape(Paragraph.itemText(String(item)))
                }.joined(separator: "\n"))
            case .paragraph(let paragraph):
                var text = MarkdownEscaper.escape(paragraph.text)
                if let dateline = datelinePending {
                    text = "**\(MarkdownEscaper.escape(dateline))** " + text
                    datelinePending = nil
                }
                parts.append(text)
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
