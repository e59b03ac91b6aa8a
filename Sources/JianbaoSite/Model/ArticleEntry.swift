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
