import Foundation
import JianbaoReading

/// The money facts as downloads: CSV with a byte-order mark, so spreadsheet programs read the Chinese, and JSON.
struct FactData {
    static let csvPath = "data/money-facts.csv"
    static let jsonPath = "data/money-facts.json"
    static let columns = ["id", "district", "city", "date", "year", "kind", "projects", "total_yi", "annual_yi", "approx",
                          "currency", "category", "parent", "quote", "article", "source_file", "source_line"]

    /// One record per fact, its fields in the order of `columns`, made once for both downloads (and
    /// their key: the downloads are made again only when a record changed).
    let records: [[String]]

    init(model: SiteModel) {
        records = model.facts.map { entry in
            let fact = entry.fact
            let district = model.districts[entry.district]
            return [
                "\(entry.id)", district.name, district.city.map { model.cities[$0].name } ?? "",
                fact.date?.iso ?? "", "\(fact.year)", fact.kind.rawValue,
                fact.projects.map(String.init) ?? "", AmountText.yi(fact.amount),
                fact.annual.map(AmountText.yi) ?? "", fact.approx ?? "", fact.currency,
                fact.category ?? "", entry.parent.map(String.init) ?? "", fact.quote.text,
                model.articles[entry.article].path + "#amount-\(entry.anchor)",
                model.articles[entry.article].report, "\(fact.line)",
            ]
        }
    }

    func csv() -> [UInt8] {
        var text = Self.columns.joined(separator: ",") + "\r\n"
        for record in records {
            text += record.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    // RFC 4180: quote a field with a comma, quote or line break, doubling its quotes.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Every fact as a JSON object with sorted keys; numbers stay as the decimal text the CSV has.
    func json() -> [UInt8] {
        let numeric: Set<String> = ["id", "year", "projects", "parent", "source_line", "total_yi", "annual_yi"]
        let keys = Self.columns.indices.sorted { Self.columns[$0] < Self.columns[$1] }
        var text = "["
        for (index, record) in records.enumerated() {
            text += index == 0 ? "\n  {" : ",\n  {"
            for (position, column) in keys.enumerated() {
                let key = Self.columns[column], value = record[column]
                text += (position == 0 ? "\n    " : ",\n    ") + Self.jsonString(key) + ": "
                text += value.isEmpty ? "null" : numeric.contains(key) ? value : Self.jsonString(value)
            }
            text += "\n  }"
        }
        text += records.isEmpty ? "]\n" : "\n]\n"
        return Array(text.utf8)
    }

    static func jsonString(_ value: String) -> String { QuotedString.make(value) }
}
