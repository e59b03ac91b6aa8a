import Foundation
import JianbaoReading

/// Every article as a Markdown file with YAML front matter that Hugo and Jekyll read as content.
public struct MarkdownExport: Sendable {
    public var model: SiteModel

    public init(model: SiteModel) {
        self.model = model
    }

    /// `slug.md` → the file's text, one per article.
    public func files() -> OutputTree {
        var tree = OutputTree()
        let texts = Array(model.articles.indices).parallelMap(document)
        for (index, text) in zip(model.articles.indices, texts) {
            tree.add(model.articles[index].slug + ".md", text)
        }
        return tree
    }

    /// One article: front matter, then the body as the site renders it, without figure links.
    func document(_ index: Int) -> String {
        let entry = model.articles[index]
        let article = entry.article
        let district = model.districts[entry.district]
        let facts = (model.factsByArticle[index] ?? []).map { model.facts[$0] }
        let summable = facts.filter(\.isSummable)
        var front = FrontMatter()
        front.add("title", article.displayTitle)
        front.add("kicker", article.kicker)
        front.add("subtitle", article.subheadline)
        front.add("district", district.name)
        front.add("city", district.city.map { model.cities[$0].name })
        if let date = article.date { front.addRaw("date", date.iso) }
        let byline = BylineText.make(article.byline)
        front.add("byline", byline.isEmpty ? nil : byline)
        front.add("dateline", article.dateline)
        front.add("source", entry.report)
        // The totals a theme needs for a table: projects and top-level investment in 亿元, as Hugo sums them.
        front.addRaw("projects", "\(summable.compactMap(\.fact.projects).reduce(0, +))")
        front.addRaw("investment", AmountText.yi(summable.reduce(Decimal(0)) { $0 + $1.fact.amount }))
        front.addList("facts", facts.map { entry in
            let fact = entry.fact
            var item: [(String, String)] = [("kind", FrontMatter.quoted(fact.kind.rawValue))]
            item.append(("amount_yi", AmountText.yi(fact.amount)))
            item.append(("currency", FrontMatter.quoted(fact.currency)))
            if let projects = fact.projects { item.append(("projects", "\(projects)")) }
            if let annual = fact.annual { item.append(("annual_yi", AmountText.yi(annual))) }
            if let date = fact.date { item.append(("date", date.iso)) }
            if let approx = fact.approx { item.append(("approx", FrontMatter.quoted(approx))) }
            if let category = fact.category { item.append(("category", FrontMatter.quoted(category))) }
            item.append(("quote", FrontMatter.quoted(fact.quote.text)))
            return item
        })
        return front.text + "\n" + ArticleMarkdown(article, style: .portable).body
    }
}
