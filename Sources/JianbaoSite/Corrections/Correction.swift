/// One editor's fix in `corrections.json`: what it matches in a report, and what it changes.
///
/// An article is matched by its headline or its first sentence; a figure by a piece of its sentence
/// (and its amount, when the sentence has several).
public struct Correction: Sendable, Equatable, Decodable {
    public struct ArticleMatch: Sendable, Equatable, Decodable {
        public var headline: String?
        public var firstSentence: String?
    }

    public struct FigureMatch: Sendable, Equatable, Decodable {
        /// Text of the figure's sentence.
        public var quote: String
        /// The amount as the page prints it (`122亿元`), to tell figures of one sentence apart.
        public var amount: String?
    }

    /// New values; which ones apply depends on whether an article or a figure is matched.
    public struct Changes: Sendable, Equatable, Decodable {
        public var district: String?
        public var headline: String?
        public var kicker: String?
        /// `2020-02-21`.
        public var date: String?
        /// A kind's code, as the downloads have it: `signing`, `groundbreaking`, `plan`, `loan` ….
        public var kind: String?
        /// `638亿元`, `2600万元`.
        public var amount: String?
        public var projects: Int?
    }

    /// The report file's name, as in the reports folder.
    public var report: String
    public var article: ArticleMatch?
    public var figure: FigureMatch?
    /// Two articles: the second is joined to the end of the first.
    public var merge: [ArticleMatch]?
    public var set: Changes?
    /// With `article`: the start of one of its paragraphs, which is page furniture, not text.
    public var furniture: String?
    /// With `figure`: the figure is not one.
    public var drop: Bool?
    /// Its line in corrections.json, for diagnostics.
    public var line = 0

    enum CodingKeys: String, CodingKey, CaseIterable {
        case report, article, figure, merge, set, furniture, drop
    }

    /// The fields each part may have, for the parser's unknown-field warnings.
    static let knownFields: [String: [String]] = [
        "": CodingKeys.allCases.map(\.rawValue),
        "article": ["headline", "firstSentence"],
        "merge": ["headline", "firstSentence"],
        "figure": ["quote", "amount"],
        "set": ["district", "headline", "kicker", "date", "kind", "amount", "projects"],
    ]
}
