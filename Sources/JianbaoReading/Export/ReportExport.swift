import Foundation

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

    public struct MoneyFactExport: Encodable, Sendable {
        var district: String?
        var date: String?
        var year: Int
        var kind: String
        var projects: Int?
        var total_yi: Double
        var annual_yi: Double?
        var approx: String?
        var currency: String
        var category: String?
        var parent: Int?
        var quote: String
        var source: String

        init(_ fact: MoneyFact) {
            district = fact.place?.name
            date = fact.date.map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) }
            year = fact.year
            kind = fact.kind.rawValue
            projects = fact.projects
            total_yi = Self.double(fact.amountYi)
            annual_yi = fact.annualYi.map(Self.double)
            approx = fact.approx
            currency = fact.currency
            category = fact.category
            parent = fact.parent
            quote = fact.quote.text
            source = fact.quote.sources.map { "\($0.file):\($0.firstLine)" }.first ?? ""
        }

        // Through the shortest decimal text, so 12.67万元 is 0.001267 and not 0.0012670000000000001.
        static func double(_ value: Decimal) -> Double {
            Double(AmountText.yi(value * 100_000_000)) ?? NSDecimalNumber(decimal: value).doubleValue
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(district, forKey: .district)
            try container.encode(date, forKey: .date)
            try container.encode(year, forKey: .year)
            try container.encode(kind, forKey: .kind)
            try container.encode(projects, forKey: .projects)
            try container.encode(total_yi, forKey: .total_yi)
            try container.encode(annual_yi, forKey: .annual_yi)
            try container.encode(approx, forKey: .approx)
            try container.encode(currency, forKey: .currency)
            try container.encode(category, forKey: .category)
            try container.encode(parent, forKey: .parent)
            try container.encode(quote, forKey: .quote)
            try container.encode(source, forKey: .source)
        }

        enum CodingKeys: String, CodingKey {
            case district, date, year, kind, projects, total_yi, annual_yi, approx, currency, category, parent, quote, source
        }
    }

    var file: String
    var encoding: String
    var articles: [ArticleExport]
    var furniture: [String]
    var money_facts: [MoneyFactExport]

    public init(_ report: Report) {
        file = report.file
        encoding = report.encoding == .utf8BOM ? TextEncoding.utf8.rawValue : report.encoding.rawValue
        // The schema lists captions with the page's furniture: they are not the article's paragraphs.
        furniture = report.furniture + report.articles.flatMap { $0.captions.map(\.text) }
        money_facts = report.moneyFacts.map(MoneyFactExport.init)
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
