/// Finds a dateline such as `本报淄博讯` or `开发区讯(高庆贺)` at the start of a paragraph.
enum DatelineParser {
    struct Match: Sendable, Hashable {
        var dateline: String
        var reporter: String?
        /// The paragraph text after the dateline.
        var rest: String
    }

    static func match(_ paragraph: String) -> Match? {
        let characters = Array(paragraph)
        guard let xun = characters.prefix(12).firstIndex(of: "讯"), xun >= 2 else { return nil }
        let head = characters[..<xun]
        guard head.allSatisfy(\.isHan) else { return nil }
        var end = xun + 1
        var reporter: String?
        if end < characters.count, characters[end] == "(" || characters[end] == "(" {
            if let close = characters[end...].prefix(12).firstIndex(where: { $0 == ")" || $0 == ")" }) {
                reporter = String(characters[(end + 1)..<close]).trimmingWhitespace()
                end = close + 1
            }
        }
        // Without 本报 a dateline needs its reporter in brackets, so that ordinary words ending in 讯 stay text.
        guard String(head).hasPrefix("本报") || reporter != nil else { return nil }
        return Match(
            dateline: String(characters[...xun]),
            reporter: reporter.flatMap { $0.isEmpty ? nil : $0 },
            rest: String(characters[end...]).trimmingWhitespace()
        )
    }
}

extension Character {
    var isHan: Bool {
        unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
