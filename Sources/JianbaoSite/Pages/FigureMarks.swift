import Foundation
import JianbaoReading

/// An article's body as HTML with every figure that became a money fact marked and linked to its row.
enum FigureMarks {
    static let link = "<a href=\"../investments.html#fact-"

    static func html(for index: Int, in model: SiteModel) -> String {
        let entries = (model.factsByArticle[index] ?? []).map { model.facts[$0] }
        var marks: [Int: [ArticleMarkdown.Mark]] = [:]
        for entry in entries {
            marks[entry.fact.paragraph, default: []].append(.init(range: entry.fact.range, url: url(entry.anchor)))
            if let annual = entry.fact.annualRange {
                marks[entry.fact.paragraph, default: []].append(.init(range: annual, url: url(entry.anchor) + "-annual"))
            }
        }
        let html = CmarkRenderer.html(ArticleMarkdown(model.articles[index].article, marks: marks).body)
        return entries.isEmpty ? html : anchored(html)
    }

    static func url(_ id: String) -> String { "../investments.html#fact-\(id)" }

    // One pass over the HTML's bytes: each figure link gets its class, and its anchor unless it is an
    // annual figure. The links are ours (report text cannot make links: its brackets are escaped), so
    // their form is known.
    static func anchored(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let prefix = Array(link.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        var position = 0
        while let found = firstIndex(of: prefix, in: bytes, from: position) {
            result += bytes[position..<found]
            let targetStart = found + prefix.count
            let targetEnd = bytes[targetStart...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count
            let target = bytes[targetStart..<targetEnd]
            if target.count >= annual.count, target.suffix(annual.count).elementsEqual(annual) {
                result += #"<a class="figure" href="../investments.html#fact-"#.utf8
                result += target.dropLast(annual.count)
            } else {
                result += #"<a class="figure" id="amount-"#.utf8
                result += target
                result += #"" href="../investments.html#fact-"#.utf8
                result += target
            }
            position = targetEnd
        }
        result += bytes[position...]
        return String(decoding: result, as: UTF8.self)
    }

    private static let annual = Array("-annual".utf8)

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
