/// A run of title-shaped blocks read as page furniture, a kicker, a headline and a subheadline.
struct TitleRun: Sendable, Hashable {
    /// Lines that belong to the page, not to an article: a backdrop's title, organisers and date, a column label.
    var furniture: [String] = []
    var kicker: String?
    /// Headline and subheadline, in the order printed.
    var titles: [String] = []
    var source: SourceRange

    // A place or organisation name printed above a headline: 博山区: or …应急指挥部.
    static let kickerEndings = ["区", "县", "市", "部", "局", "委", "中心", "园区", "街道", "镇", "办"]

    static func isKicker(_ line: String) -> Bool {
        if line.hasSuffix(":") || line.hasSuffix("：") { return line.count <= 16 }
        return line.count <= 14 && kickerEndings.contains { line.hasSuffix($0) }
    }

    init(_ run: [TextBlock], file: String) {
        source = SourceRange(file: file, firstLine: run[0].firstLine, lastLine: run[run.count - 1].lastLine)
        var rest = run[...]
        // A block with a bare date closes a backdrop or masthead: it and everything above it are furniture.
        if let dated = rest.lastIndex(where: { $0.lines.contains(where: DateLine.isDateOnly) }) {
            furniture = rest[...dated].flatMap(\.lines)
            rest = rest[(dated + 1)...]
        }
        titles = rest.map(\.heading)
        if titles.count >= 2, let position = titles.firstIndex(where: Self.isKicker), position < titles.count - 1 {
            furniture += titles[..<position]
            kicker = titles[position]
            titles = Array(titles[(position + 1)...])
        }
        if titles.count > 2 {
            furniture += titles[..<(titles.count - 2)]
            titles = Array(titles.suffix(2))
        }
    }

    var headline: String? { titles.first }
    var subheadline: String? { titles.count > 1 ? titles[1] : nil }
    var isEmpty: Bool { kicker == nil && titles.isEmpty }
}
