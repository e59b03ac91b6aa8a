import Foundation
import JianbaoReading

/// An article's body as HTML with every figure that became a money fact marked and linked to its row.
enum FigureMarks {
    // Every figure link starts so: rows are in the district pages, one folder up from the article.
    static let link = "<a href=\"../\(DistrictIndex.folder)/"

    /// The article's body as HTML, each figure that became a money fact a link to its row, made when
    /// printed and digested by its inputs: the article and the links.
    static func body(for index: Int, in model: SiteModel) -> LazyHTML {
        let marks = marks(for: index, in: model)
        let entry = model.articles[index]
        return LazyHTML(inputs: {
            var hasher = Hasher()
            hasher.combine(entry.digest)
            hasher.combine(marks)
            return hasher.finalize()
        }) { html(markdown: ArticleMarkdown(entry.article, marks: marks).body) }
    }

    private static func marks(for index: Int, in model: SiteModel) -> [Int: [ArticleMarkdown.Mark]] {
        let entries = (model.factsByArticle[index] ?? []).map { model.facts[$0] }
        var marks: [Int: [ArticleMarkdown.Mark]] = [:]
        for entry in entries {
            let url = "../" + model.rowPath(of: entry)
            marks[entry.fact.paragraph, default: []].append(.init(range: entry.fact.range, url: url))
            if let annual = entry.fact.annualRange {
                marks[entry.fact.paragraph, default: []].append(.init(range: annual, url: url + "-annual"))
            }
        }
        return marks
    }

    /// The body Markdown as HTML, each figure link with its class and anchor.
    static func html(markdown: String) -> String {
        captioned(anchored(CmarkRenderer.html(markdown)))
    }

    // A caption is a paragraph of emphasis (`ArticleMarkdown` uses emphasis for nothing else, and
    // report text cannot make it), so it gets the caption class in place of the emphasis.
    static func captioned(_ html: String) -> String {
        guard html.contains("<p><em>") else { return html }
        return html.replacingOccurrences(of: "<p><em>", with: "<p class=\"caption\">")
            .replacingOccurrences(of: "</em></p>", with: "</p>")
    }

    // One pass over the HTML: each figure link gets its class, and its anchor unless it is an annual
    // figure. The links are ours (report text cannot make links: its brackets are escaped), so their
    // form is known.
    static func anchored(_ html: String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        var rest = html[...]
        while let offset = rest.utf8Offset(of: link) {
            let linkStart = rest.utf8.index(rest.startIndex, offsetBy: offset)
            let hrefStart = rest.utf8.index(linkStart, offsetBy: "<a href=\"".utf8.count)
            let hrefEnd = rest[hrefStart...].firstIndex(of: "\"") ?? rest.endIndex
            let href = rest[hrefStart..<hrefEnd]
            let id = href.range(of: "#fact-").map { href[$0.upperBound...] } ?? ""
            result += rest[..<linkStart]
            if id.hasSuffix("-annual") {
                result += "<a class=\"figure\" href=\"" + href.dropLast("-annual".count)
            } else {
                result += "<a class=\"figure\" id=\"amount-" + id + "\" href=\"" + href
            }
            rest = rest[hrefEnd...]
        }
        return result + rest
    }
}
