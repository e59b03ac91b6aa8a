import JianbaoReading

/// An article as the site shows it: the reading plus its URL slug and its district.
public struct ArticleEntry: Sendable {
    /// The article as read (and corrected).
    public var article: Article { box.value }
    // Shared, not copied: entries are copied into lists and views, and copying an article retained
    // every string and array in it.
    private let box: Shared<Article>
    public var slug: String
    /// The report file it was read from.
    public var report: String
    /// Its position among the report's articles.
    public var position: Int
    /// Index into `SiteModel.districts`.
    public var district: Int = 0
    /// The first sentence of the text (the whole first paragraph when it has no sentence end): the feed's summary.
    public var firstSentence: String?
    /// The first sentence, cut at 80 characters: the description in lists and meta tags.
    public var summary: String?
    /// `article.displayTitle`, made once: lists show it on thousands of pages.
    public var title: String
    /// The article's digest, made from its report's `ReportReading.digest` when that is known.
    public var digest: Int { known ?? article.hashValue }
    /// The digest when it comes from the report's bytes; nil for a corrected report's article.
    var knownDigest: Int? { known }
    private var known: Int?

    public init(article: Article, slug: String, report: String, position: Int, reportDigest: Int? = nil) {
        known = reportDigest.map { digest in
            var hasher = Hasher()
            hasher.combine(digest)
            hasher.combine(position)
            return hasher.finalize()
        }
        box = Shared(article)
        self.slug = slug
        self.report = report
        self.position = position
        firstSentence = article.paragraphs.first.map { SentenceSplitter.firstSentence(in: $0.text) ?? $0.text }
        // Only the first 80 characters are walked: counting a long sentence's characters is slow.
        summary = firstSentence.map { sentence in
            guard let cut = sentence.index(sentence.startIndex, offsetBy: 80, limitedBy: sentence.endIndex), cut < sentence.endIndex else { return sentence }
            return String(sentence[..<cut]) + "…"
        }
        title = article.headline ?? firstSentence.map(Article.title(fromSentence:)) ?? Article.untitled
    }

    /// A report's articles as entries, each with the slug its title makes (`SiteModel` makes the
    /// site's slugs unique) and, when known, the digest of the reading (`ReportReading.digest`).
    static func entries(of report: Report, reportDigest: Int?) -> [ArticleEntry] {
        var entries = report.articles.indices.map { position in
            ArticleEntry(article: report.articles[position], slug: "", report: report.file, position: position, reportDigest: reportDigest)
        }
        for (index, slug) in Slug.makeAll(entries.map(\.title)).enumerated() { entries[index].slug = slug }
        return entries
    }

    /// Path of its page relative to the site root.
    public var path: String { Self.path(slug: slug) }

    /// The path of the article page with `slug`.
    static func path(slug: String) -> String { "articles/\(slug).html" }

    /// The indexes of `entries` (given in file order) newest first; undated ones last, each day in file order.
    static func newestFirst(_ entries: [ArticleEntry]) -> [Int] {
        // Keys made once, not in each comparison; the position in file order breaks ties.
        let keys = entries.indices.map { index in
            let date = entries[index].article.date
            return (date == nil ? 1 : 0, -(date?.year ?? 0), -(date?.month ?? 0), -(date?.day ?? 0), index)
        }
        return keys.sorted { $0 < $1 }.map(\.4)
    }
}
