import Foundation
import JianbaoReading

/// The money facts as downloads: CSV with a byte-order mark, so spreadsheet programs read the Chinese, and JSON;
/// every fact of the site, and each district's own.
struct FactData: Sendable {
    static let csvPath = "data/money-facts.csv"
    static let jsonPath = "data/money-facts.json"

    /// Where a district's own downloads are: `data/districts/zhang-dian-qu.csv` and `.json`.
    static func paths(of district: DistrictIndex) -> (csv: String, json: String) {
        ("data/districts/\(district.slug).csv", "data/districts/\(district.slug).json")
    }

    /// Every file the downloads make, by path, with the facts (their ids) each holds: the site's, then
    /// each district's that has figures, in the district order.
    static func files(of model: SiteModel) -> [(csv: String, json: String, ids: [Int])] {
        [(csvPath, jsonPath, Array(model.facts.indices))] + model.districts.indices.compactMap { index in
            model.factsByDistrict[index].map { ids in
                let paths = Self.paths(of: model.districts[index])
                return (paths.csv, paths.json, ids)
            }
        }
    }
    static let columns = ["id", "district", "city", "date", "year", "kind", "projects", "total_yi", "annual_yi", "approx",
                          "currency", "category", "parent", "restates", "quote", "article", "source_file", "source_line"]

    /// One record per fact, its fields in the order of `columns`, made and digested once for all the downloads that hold it.
    let records: [Digested<[String]>]

    init(model: SiteModel) {
        // A fact's id is its anchor, not its place in the list: adding a figure to one report then changes
        // only the downloads that hold it, and an id stays the same from one build to the next.
        @Sendable func anchor(_ id: Int?) -> String {
            id.flatMap { model.facts.indices.contains($0) ? model.facts[$0].anchor : nil } ?? ""
        }
        records = model.facts.parallelMap { entry in
            let fact = entry.fact
            let district = model.districts[entry.district]
            return Digested([
                entry.anchor, district.name, district.city.map { model.cities[$0].name } ?? "",
                fact.date?.iso ?? "", "\(fact.year)", fact.kind.rawValue,
                fact.projects.map(String.init) ?? "", AmountText.yi(fact.amount),
                fact.annual.map(AmountText.yi) ?? "", fact.approx ?? "", fact.currency,
                fact.category ?? "", anchor(entry.parent), anchor(entry.restates), fact.quote.text,
                ArticleEntry.path(slug: model.articles[entry.article].slug) + "#amount-\(entry.anchor)",
                model.articles[entry.article].report, "\(fact.line)",
            ])
        }
    }

    // Both downloads are built as bytes: at 10,000 reports they are 80 MB, made again after every edit
    // that touches a figure.
    /// The records of facts `ids`, in that order: what a download file is made from.
    func records(_ ids: [Int]) -> [Digested<[String]>] {
        ids.map { records[$0] }
    }

    static func csv(_ records: [[String]]) -> [UInt8] {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes.reserveCapacity(capacity(records, perRecord: Self.columns.count * 3 + 2))
        bytes += Array((Self.columns.joined(separator: ",") + "\r\n").utf8)
        for record in records {
            for (index, value) in record.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.appendField(value, to: &bytes)
            }
            bytes += [0x0D, 0x0A]
        }
        return bytes
    }

    // Room for the whole download at once: an array that outgrows its capacity is copied into one
    // twice as large, and at 10,000 reports the JSON's 55 MB then briefly took 160 MB. The fields'
    // bytes, the fixed bytes per record, and a tenth more for quotes and escapes; pages never
    // written to cost no memory.
    private static func capacity(_ records: [[String]], perRecord fixed: Int) -> Int {
        let fields = records.reduce(0) { total, record in record.reduce(total) { $0 + $1.utf8.count } }
        return (fields + records.count * fixed) * 11 / 10 + 64
    }

    // RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. Line
    // breaks are LF, VT, FF, CR, NEL (C2 85), LS and PS (E2 80 A8, E2 80 A9).
    static func appendField(_ value: String, to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            var quoted = false
            for index in utf8.indices {
                switch utf8[index] {
                case 0x2C, 0x22, 0x0A...0x0D: quoted = true
                case 0xC2: quoted = quoted || (index + 1 < utf8.count && utf8[index + 1] == 0x85)
                case 0xE2: quoted = quoted || (index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9))
                default: break
                }
                if quoted { break }
            }
            guard quoted else { return bytes.append(contentsOf: utf8) }
            bytes.append(0x22)
            for byte in utf8 {
                bytes.append(byte)
                if byte == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
        }
    }

    /// The facts `ids` as JSON objects with sorted keys; numbers stay as the decimal text the CSV has.
    static func json(_ records: [[String]]) -> [UInt8] {
        let numeric: Set<String> = ["year", "projects", "source_line", "total_yi", "annual_yi"]
        let keys = Self.columns.indices.sorted { Self.columns[$0] < Self.columns[$1] }
        let names = keys.map { column in Array(("    " + Self.jsonString(Self.columns[column]) + ": ").utf8) }
        let isNumber = keys.map { numeric.contains(Self.columns[$0]) }
        var bytes: [UInt8] = Array("[".utf8)
        bytes.reserveCapacity(capacity(records, perRecord: names.reduce(0) { $0 + $1.count + 4 } + 8))
        for (index, record) in records.enumerated() {
            bytes += Array((index == 0 ? "\n  {" : ",\n  {").utf8)
            for (position, column) in keys.enumerated() {
                bytes += position == 0 ? [0x0A] : [0x2C, 0x0A]
                bytes += names[position]
                let value = record[column]
                if value.isEmpty {
                    bytes += Array("null".utf8)
                } else if isNumber[position] {
                    bytes += Array(value.utf8)
                } else {
                    QuotedString.append(value, to: &bytes)
                }
            }
            bytes += Array("\n  }".utf8)
        }
        bytes += Array((records.isEmpty ? "]\n" : "\n]\n").utf8)
        return bytes
    }

    static func jsonString(_ value: String) -> String { QuotedString.make(value) }
}
