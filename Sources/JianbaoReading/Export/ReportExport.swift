/// A report in the fixtures' JSON schema, which `jianbao extract --format json` prints.
public struct ReportExport: Encodable, Sendable {
    public struct ArticleExport: Encodable, Sendable {
        var headline: String?
        var kicker: String?
        var subheadline: String?
        var byline: Byline
        var dateline: String?
        var district: String?
        var city: String?
        var sections: [String]
        var first_sentence: String?
        var last_sentence: String?
        var paragraph_count: Int
        var repairs: [String]
        var paragraphs: [String]

        public func encode(to encoder: any Encoder) throws {
            // Explicit nulls: the schema has every key on every article.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(headline, forKey: .headline)
            try container.encode(kicker, forKey: .kicker)
            try container.encode(subheadline, forKey: .subheadline)
            try container.encode(byline, forKey: .byline)
            try container.encode(dateline, forKey: .dateline)
            try container.encode(district, forKey: .district)
            try container.encode(city, forKey: .city)
            try container.encode(sections, forKey: .sections)
            try container.encode(first_sentence, forKey: .first_sentence)
            try container.encode(last_sentence, forKey: .last_sentence)
            try container.encode(paragraph_count, forKey: .paragraph_count)
            try container.encode(repairs, forKey: .repairs)
            try container.encode(paragraphs, forKey: .paragraphs)
        }

        enum CodingKeys: String, CodingKey {
            case headline, kicker, subheadline, byline, dateline, district, city, sections
            case first_sentence, last_sentence, paragraph_count, repairs, paragraphs
        }
    }

    var file: String
    var encoding: String
    var articles: [ArticleExport]
    var furniture: [String]
    var money_facts: [String]

    public init(_ report: Report) {
        file = report.file
        encoding = report.encoding == .utf8BOM ? TextEncoding.utf8.rawValue : report.encoding.rawValue
        furniture = report.furniture
        money_facts = []
        articles = report.articles.map { article in
            let paragraphs = article.paragraphs.map(\.text)
            let sentences = paragraphs.flatMap(SentenceSplitter.sentences)
            return ArticleExport(
                headline: article.headline, kicker: article.kicker, subheadline: article.subheadline,
                byline: article.byline, dateline: article.dateline,
                district: article.place?.name, city: article.place?.city,
                sections: article.sections, first_sentence: sentences.first, last_sentence: sentences.last,
                paragraph_count: paragraphs.count, repairs: article.repairs.map(\.joint), paragraphs: paragraphs
            )
        }
    }
}
