/// Finds a dateline such as `本报淄博讯` or `开发区讯(高庆贺)` at the start of a paragraph.
enum DatelineParser {
    struct Match: Sendable, Hashable {
        var dateline: String
        /// The names in brackets after the dateline, reporters unless labelled otherwise.
        var byline: Byline?
        /// The paragraph text after the dateline.
        var rest: String
        /// How many characters the dateline, its credit and the space after them take.
        var consumed: Int
    }

    static func match(_ paragraph: String) -> Match? {
        // Most paragraphs have no 讯 near their start; only those are split into characters.
        guard paragraph.prefix(12).contains("讯") else { return nil }
        let characters = Array(paragraph)
        guard let xun = characters.prefix(12).firstIndex(of: "讯"), xun >= 2 else { return nil }
        let head = characters[..<xun]
        guard head.allSatisfy(\.isHan) else { return nil }
        var end = xun + 1
        var byline: Byline?
        if end < characters.count, BylineParser.openers.contains(characters[end]) {
            if let close = characters[end...].prefix(24).firstIndex(where: { BylineParser.closers.contains($0) }) {
                byline = BylineParser.names(in: String(characters[(end + 1)..<close]))
                if byline != nil { end = close + 1 }
            }
        }
        // Without 本报 a dateline needs its credit in brackets, so that ordinary words ending in 讯 stay text.
        guard String(head).hasPrefix("本报") || byline != nil else { return nil }
        let rest = String(characters[end...]).trimmingWhitespace()
        return Match(dateline: String(characters[...xun]), byline: byline, rest: rest,
                     consumed: characters.count - rest.count)
    }
}

extension Character {
    var isHan: Bool {
        unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
