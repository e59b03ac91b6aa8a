import Foundation
import JianbaoReading

/// An article's body as HTML with every figure that became a money fact marked and linked to its row.
enum FigureMarks {
    // Every figure link starts so: rows are in the district pages, one folder up from the article.
    static let link = "<a href=\"../\(DistrictIndex.folder)/"

    /// The article's body as HTML, each figure that became a money fact a link to its row, made when
    /// printed and digested by its inputs: the article and the links.
    static func body(for index: Int, in model: SiteModel) -> LazyHTML {
        let marks = marks(for: index, in: model)
        let entry = model.articles[index]
        return LazyHTML(inputs: {
            var hasher = Hasher()
            hasher.combine(entry.digest)
            hasher.combine(marks)
            return hasher.finalize()
        }) { html(markdown: ArticleMarkdown(entry.article, marks: marks).body) }
    }

    private static func marks(for index: Int, in model: SiteModel) -> [Int: [ArticleMarkdown.Mark]] {
        let entries = (model.factsByArticle[index] ?? []).map { model.facts[$0] }
        var marks: [Int: [ArticleMarkdown.Mark]] = [:]
        for entry in entries {
            let url = "../" + model.rowPath(of: entry)
            marks[entry.fact.paragraph, default: []].append(.init(range: entry.fact.range, url: url))
            if let annual = entry.fact.annualRange {
                marks[entry.fact.paragraph, default: []].append(.init(range: annual, url: url + "-annual"))
            }
        }
        return marks
    }

    /// The body Markdown as HTML, each figure link with its class and anchor.
    static func html(markdown: String) -> String {
        captioned(anchored(CmarkRenderer.html(markdown)))
    }

    // A caption is a paragraph of emphasis (`ArticleMarkdown` uses emphasis for nothing else, and
    // report text cannot make it), so it gets the caption class in place of the emphasis.
    static func captioned(_ html: String) -> String {
        guard html.contains("<p><em>") else { return html }
        return html.replacingOccurrences(of: "<p><em>", with: "<p class=\"caption\">")
            .replacingOccurrences(of: "</em></p>", with: "</p>")
    }

    // Each figure link gets its class, and its anchor unless it is an annual figure. The links are
    // ours (report text cannot make links: its brackets are escaped), so their form is known. They
    // are found in the bytes, then the HTML between them is appended as substrings, which needs no
    // new check of its UTF-8: every cut is at an ASCII byte.
    static func anchored(_ html: String) -> String {
        var links: [(start: Int, idStart: Int, hrefEnd: Int)] = []
        var bytes = html
        bytes.withUTF8 { bytes in
            var from = 0
            while let linkStart = find(linkBytes, in: bytes, from: from) {
                let hrefStart = linkStart + hrefOpen.count
                let hrefEnd = bytes[hrefStart...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count
                let idStart = find(factMark, in: bytes, from: hrefStart, to: hrefEnd).map { $0 + factMark.count } ?? hrefEnd
                links.append((linkStart, idStart, hrefEnd))
                from = hrefEnd
            }
        }
        guard !links.isEmpty else { return html }
        let utf8 = html.utf8
        func at(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var result = ""
        result.reserveCapacity(utf8.count + links.count * 48)
        var copied = html.startIndex
        for link in links {
            let href = html[at(link.start + hrefOpen.count)..<at(link.hrefEnd)]
            let id = html[at(link.idStart)..<at(link.hrefEnd)]
            result += html[copied..<at(link.start)]
            if id.utf8.count >= annualMark.count, id.utf8.suffix(annualMark.count).elementsEqual(annualMark) {
                result += "<a class=\"figure\" href=\""
                result += html[href.startIndex..<at(link.hrefEnd - annualMark.count)]
            } else {
                result += "<a class=\"figure\" id=\"amount-"
                result += id
                result += "\" href=\""
                result += href
            }
            copied = at(link.hrefEnd)
        }
        result += html[copied...]
        return result
    }

    private static let linkBytes = Array(link.utf8)
    private static let hrefOpen = Array("<a href=\"".utf8)
    private static let factMark = Array("#fact-".utf8)
    private static let annualMark = Array("-annual".utf8)

    // Where `needle` first starts in `bytes[from..<to]`, or nil.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int? = nil) -> Int? {
        let end = (to ?? bytes.count) - needle.count
        guard let first = needle.first, from <= end else { return nil }
        var index = from
        while index <= end {
            if bytes[index] == first, needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { return index }
            index += 1
        }
        return nil
    }
}
