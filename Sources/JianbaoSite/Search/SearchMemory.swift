import Synchronization

/// A preview session's search index between rebuilds, so that a save re-indexes only the articles
/// whose text changed and rewrites only the shards and texts that changed with them.
final class SearchMemory: Sendable {
    /// Which article a number is: its report, its place there and, when known, its reading's digest
    /// (`ArticleEntry.knownDigest`), which fixes its text.
    struct Article: Equatable, Sendable {
        var report: String
        var position: Int
        var digest: Int?

        init(_ entry: ArticleEntry) {
            (report, position, digest) = (entry.report, entry.position, entry.knownDigest)
        }

        /// The same article, read from the same bytes: its fields need not be made again.
        func isUnchanged(from other: Article) -> Bool { digest != nil && self == other }
    }

    /// The index as last written, with what each article's files were made from.
    struct Indexed: Sendable {
        var articles: [Article]
        var fields: [[String]]
        var headings: [SearchDocuments.Heading]
        var index: SearchIndex
    }

    private let state = Mutex<Indexed?>(nil)

    /// The index last kept, taken out, if it numbers the same articles as `articles` does.
    func take(numbering articles: [Article]) -> Indexed? {
        state.withLock { state in
            defer { state = nil }
            guard let known = state, known.articles.count == articles.count,
                  zip(known.articles, articles).allSatisfy({ $0.report == $1.report && $0.position == $1.position }) else { return nil }
            return known
        }
    }

    /// Keeps `indexed` for the next rebuild.
    func keep(_ indexed: Indexed) { state.withLock { $0 = indexed } }

    /// Lets the index go: the next rebuild indexes every article.
    func forget() { state.withLock { $0 = nil } }
}
