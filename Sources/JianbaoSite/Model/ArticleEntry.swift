import JianbaoReading

/// An article as the site shows it: the reading plus its URL slug and its district.
public struct ArticleEntry: Sendable {
    public var article: Article
    public var slug: String
    /// The report file it was read from.
    public var report: String
    /// Its position among the report's articles.
    public var position: Int
    /// Index into `SiteModel.districts`.
    public var district: Int = 0
    /// A fingerprint of what the article was read from (its report's bytes, name and reader options, and
    /// its position), when the build knows one: equal fingerprints, equal articles.
    public var source: UInt64?
    /// The first sentence of the text (the whole first paragraph when it has no sentence end): the feed's summary.
    public var firstSentence: String?
    /// The first sentence, cut at 80 characters: the description in lists and meta tags.
    public var summary: String?

    public init(article: Article, slug: String, report: String, position: Int) {
        self.article = article
        self.slug = slug
        self.report = report
        self.position = position
        firstSentence = article.paragraphs.first.map { SentenceSplitter.sentences(in: $0.text).first ?? $0.text }
        summary = firstSentence.map { $0.count > 80 ? String($0.prefix(80)) + "…" : $0 }
    }

    /// Path of its page relative to the site root.
    public var path: String { "articles/\(slug).html" }

    static func newestFirst(_ lhs: ArticleEntry, _ rhs: ArticleEntry) -> Bool {
        switch (lhs.article.date, rhs.article.date) {
        case let (l?, r?) where l != r: return l > r
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (lhs.report, lhs.position) < (rhs.report, rhs.position)
        }
    }
}
