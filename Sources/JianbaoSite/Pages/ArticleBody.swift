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
    /// In paragraph order, so the page's key never depends on a dictionary's order.
    var marks: [Marks]

    /// The body as HTML, each figure a link to its row with its class and anchor.
    func html() -> String {
        let byParagraph = Dictionary(uniqueKeysWithValues: marks.map { ($0.paragraph, $0.marks) })
        return FigureMarks.html(markdown: ArticleMarkdown(article, marks: byParagraph).body)
    }
}
