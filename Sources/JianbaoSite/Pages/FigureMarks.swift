import JianbaoReading

/// An article's body as HTML with every figure that became a money fact marked and linked to its row.
enum FigureMarks {
    static func html(for index: Int, in model: SiteModel) -> String {
        let entries = model.facts.filter { $0.article == index }
        var marks: [Int: [ArticleMarkdown.Mark]] = [:]
        for entry in entries {
            marks[entry.fact.paragraph, default: []].append(.init(range: entry.fact.range, url: url(entry.id)))
            if let annual = entry.fact.annualRange {
                marks[entry.fact.paragraph, default: []].append(.init(range: annual, url: url(entry.id) + "-annual"))
            }
        }
        var html = CmarkRenderer.html(ArticleMarkdown(model.articles[index].article, marks: marks).body)
        // The href is ours (report text cannot make links: its brackets are escaped), so it can carry the anchor.
        for entry in entries {
            html = html.replacingOccurrences(of: "<a href=\"\(url(entry.id))-annual\">",
                                             with: "<a class=\"figure\" href=\"\(url(entry.id))\">")
            html = html.replacingOccurrences(of: "<a href=\"\(url(entry.id))\">",
                                             with: "<a class=\"figure\" id=\"amount-\(entry.id)\" href=\"\(url(entry.id))\">")
        }
        return html
    }

    static func url(_ id: Int) -> String { "../investments.html#fact-\(id)" }
}
