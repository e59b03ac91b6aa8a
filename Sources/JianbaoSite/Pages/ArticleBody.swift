import JianbaoReading

/// What an article page's body is made from, the article and its figure links; it becomes HTML
/// only when the page is rendered, so a page kept from the last build costs a key, not cmark.
struct ArticleBody: Sendable, Encodable {
    /// The figure links of one paragraph.
    struct Marks: Sendable, Encodable {
        var paragraph: Int
        var marks: [ArticleMarkdown.Mark]
    }

    var article: Article
    /// The article's fingerprint (`ArticleEntry.source`), when known: the key then hashes it instead
    /// of the whole article.
    var source: UInt64?
    /// In paragraph order, so the page's key never depends on a dictionary's order.
    var marks: [Marks]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        if let source { try container.encode(source) } else { try container.encode(article) }
        try container.encode(marks)
    }

    /// The body as HTML, each figure a link to its row with its class and anchor.
    func html() -> String {
        let byParagraph = Dictionary(uniqueKeysWithValues: marks.map { ($0.paragraph, $0.marks) })
        return FigureMarks.html(markdown: ArticleMarkdown(article, marks: byParagraph).body)
    }
}
