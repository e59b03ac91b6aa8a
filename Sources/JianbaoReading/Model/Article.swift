/// One article read from a report page.
public struct Article: Sendable, Hashable {
    public enum Block: Sendable, Hashable {
        case section(String, SourceRange)
        case paragraph(Paragraph)
        /// A picture's caption printed among the paragraphs; never one of them.
        case caption(Paragraph)
    }

    public var kicker: String?
    public var headline: String?
    public var subheadline: String?
    public var byline: Byline
    public var dateline: String?
    /// The body in reading order: section headings and paragraphs.
    public var blocks: [Block]
    /// The place the article is about, when the reader could tell.
    public var place: Place?
    /// The first date the article gives, as year, month and day.
    public var date: ReportDate?
    /// The runs of lines the article was read from, in reading order; more than one when its text jumps.
    public var sources: [SourceRange]
    /// Paragraphs joined because the layout had broken them.
    public var repairs: [Repair] = []
    /// What an editor's corrections changed in it (shown as 编辑更正); the reader never makes any.
    public var corrections: [String] = []

    public init(
        kicker: String? = nil, headline: String? = nil, subheadline: String? = nil,
        byline: Byline = Byline(), dateline: String? = nil, blocks: [Block] = [],
        place: Place? = nil, date: ReportDate? = nil, source: SourceRange
    ) {
        self.kicker = kicker
        self.headline = headline
        self.subheadline = subheadline
        self.byline = byline
        self.dateline = dateline
        self.blocks = blocks
        self.place = place
        self.date = date
        self.sources = [source]
    }

    /// From the article's first line to its last, whatever lies between.
    public var source: SourceRange {
        let first = sources.map(\.firstLine).min() ?? 1
        let last = sources.map(\.lastLine).max() ?? first
        return SourceRange(file: sources.first?.file ?? "", firstLine: first, lastLine: last)
    }

    /// Extends the run being read to `line`, or starts a new run when the text has jumped.
    mutating func extend(to range: SourceRange, jumped: Bool = false) {
        if jumped || sources.isEmpty {
            sources.append(range)
        } else {
            sources[sources.count - 1].lastLine = max(sources[sources.count - 1].lastLine, range.lastLine)
        }
    }

    public var paragraphs: [Paragraph] {
        blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
    }

    /// The last paragraph, found from the end: reading asks for it at every block, so it must not
    /// walk an article of thousands of paragraphs each time.
    public var lastParagraph: Paragraph? {
        for block in blocks.reversed() { if case .paragraph(let p) = block { return p } }
        return nil
    }

    /// The first paragraph, found from the start.
    public var firstParagraph: Paragraph? {
        for block in blocks { if case .paragraph(let p) = block { return p } }
        return nil
    }

    /// The captions of pictures the page printed with the article.
    public var captions: [Paragraph] {
        blocks.compactMap { if case .caption(let c) = $0 { c } else { nil } }
    }

    public var sections: [String] {
        blocks.compactMap { if case .section(let s, _) = $0 { s } else { nil } }
    }

    /// The printed headline, or a title made from the first sentence when none was printed.
    public var displayTitle: String {
        if let headline { return headline }
        guard let first = firstParagraph?.text else { return Self.untitled }
        return Self.title(fromSentence: SentenceSplitter.firstSentence(in: first) ?? first)
    }

    /// What an article with no headline and no text is called.
    public static let untitled = "无标题"

    /// A title made from a sentence: the sentence, cut at 40 characters.
    public static func title(fromSentence sentence: String) -> String {
        sentence.count > 40 ? String(sentence.prefix(40)) + "…" : sentence
    }
}
