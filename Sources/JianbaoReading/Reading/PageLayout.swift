/// The articles of a page as they are being assembled, block by block.
struct PageLayout {
    var file: String
    var articles: [Article] = []
    var furniture: [String] = []
    var diagnostics: [Diagnostic] = []
    /// The article text goes to now: usually the last, an earlier one when sections resume after an inset.
    var current: Int?
    /// The article an inset interrupted; a section heading after the inset continues it.
    var interrupted: Int?
    /// Whether the current article's text was just closed by a credit in brackets (`（记者 X）`): a
    /// title after it opens the next article, however wide the gap above it.
    var closed = false
    /// Tells a title naming another district from a section heading of the current article.
    var gazetteer: Gazetteer?
    /// Articles whose text a jump marker (`（下转第2版）`) sent on to a later spot, latest last.
    var jumpedOut: [Int] = []
    /// Whether the next text continues an earlier article: it follows `（上接…）` or a reprinted headline.
    var awaitingRest = false
    /// The article that next text continues, when a reprinted headline named it.
    var resumeTarget: Int?
    /// Articles that began on another page: text above the first headline, yet no lead of it.
    var restsFromElsewhere: Set<Int> = []

    init(file: String) {
        self.file = file
    }

    mutating func addFurniture(_ block: TextBlock) {
        furniture += block.lines
        if block.lines.count == 1, let marker = JumpMarker.of(block.heading) { noteJump(marker) }
    }

    private mutating func noteJump(_ marker: JumpMarker) {
        switch marker {
        case .out:
            if let current, !jumpedOut.contains(current) { jumpedOut.append(current) }
        case .into:
            awaitingRest = true
        }
    }

    // Text after a jump goes to the article that jumped, else to the latest one left broken off
    // (its `（下转…）` may be lost); with neither, it begins on another page and stands alone.
    private mutating func resume(at block: TextBlock) {
        awaitingRest = false
        let target = resumeTarget ?? jumpedOut.last ?? articles.indices.last { index in
            index != current && articles[index].lastParagraph.map { Self.breaksOff($0.text) } == true
        }
        resumeTarget = nil
        if let target {
            jumpedOut.removeAll { $0 == target }
            current = target
            interrupted = nil
            closed = false
            diagnostics.append(Diagnostic(file: file, line: block.firstLine,
                message: "text after a jump read as the rest of “\(articles[target].displayTitle)”"))
        } else {
            restsFromElsewhere.insert(start(Article(source: range(block, block))))
            diagnostics.append(Diagnostic(file: file, line: block.firstLine,
                message: "text after a jump marker continues an article that is not on this page; kept as an article without a headline"))
        }
    }

    /// Notes, once the page is read, articles sent on to a spot that never came.
    mutating func noteUnfinishedJumps() {
        for index in jumpedOut {
            diagnostics.append(Diagnostic(file: file, line: articles[index].source.lastLine,
                message: "“\(articles[index].displayTitle)” goes on elsewhere, and its rest is not on this page"))
        }
        jumpedOut.removeAll()
    }

    // The earlier article whose headline a title run prints again: the text under it is that article's rest.
    private func reprinted(_ titles: TitleRun) -> Int? {
        guard let headline = titles.headline.map(Self.titleKey) else { return nil }
        return articles.indices.last { $0 != current && articles[$0].headline.map(Self.titleKey) == headline }
    }

    static func titleKey(_ title: String) -> String {
        String(FullWidth.folded(title).filter { !$0.isWhitespace })
    }

    mutating func addTitles(_ run: [TextBlock], followedBy next: BlockKind?, nextBlock: TextBlock?) {
        let titles = TitleRun(run, file: file)
        addFurnitureLines(titles.furniture, at: run[0].firstLine)
        guard !titles.isEmpty else { return }
        let underIt = next == .body || nextBlock.map { JumpMarker.of($0.heading) == .into } == true
        if underIt, let target = reprinted(titles) {
            resumeTarget = target
            awaitingRest = true
            furniture += run.flatMap(\.lines)
            diagnostics.append(Diagnostic(file: file, line: run[0].firstLine,
                message: "“\(titles.headline ?? "")” printed again; the text under it read as the rest of the article at line \(articles[target].source.firstLine)"))
            return
        }
        let startsWithDateline = next == .body && nextBlock.map { DatelineParser.match($0.joined) != nil } ?? false
        let count = titles.titles.count + (titles.kicker == nil ? 0 : 1)
        let opensArticle: Bool
        switch next {
        case .byline?: opensArticle = true
        case .title?, .furniture?, nil: opensArticle = count >= 2
        // A lone heading after a wide gap inside an article is a section heading, even over a dateline.
        case .body?, .caption?: opensArticle = count >= 2 || current == nil || closed || (startsWithDateline && run[0].blankLinesBefore < 3)
            || namesAnotherDistrict(run.map(\.joined).joined(separator: "\n"))
        }
        if opensArticle {
            open(titles, bylineFollows: next.map { if case .byline = $0 { true } else { false } } ?? false)
        } else if next == nil || next == .furniture || current == nil {
            addFurnitureLines(run.flatMap(\.lines), at: run[0].firstLine)
        } else {
            addSections(run)
        }
    }

    // A title that names, by its full name, a district that the current article's own titles do not
    // name heads another article: a section of this one would not. When its titles name no place,
    // the places its text has named so far stand in for them.
    // The text just above a title is what it may be a section of; an article of thousands of
    // paragraphs is not searched whole at every title.
    static let recentBlocks = 16

    private func namesAnotherDistrict(_ title: String) -> Bool {
        guard let gazetteer, let index = current else { return false }
        let article = articles[index]
        var own = [article.kicker, article.headline, article.subheadline].compactMap { $0 }.joined(separator: "\n")
        var ownPlaces = Set(gazetteer.mentions(in: own).flatMap(\.places).map(\.name))
        if ownPlaces.isEmpty {
            own = article.blocks.suffix(Self.recentBlocks).compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
                .joined(separator: "\n")
            ownPlaces = Set(gazetteer.mentions(in: own).flatMap(\.places).map(\.name))
        }
        guard !ownPlaces.isEmpty || article.headline != nil else { return false }
        let named = gazetteer.mentions(in: title).first { mention in
            mention.places.contains { $0.level == .district && !gazetteer.isShortForm(mention.name, of: $0) }
        }
        guard let named else { return false }
        return !named.places.contains { ownPlaces.contains($0.name) }
    }

    // Title-shaped lines with no article under them: a backdrop, a masthead or a column label.
    private mutating func addFurnitureLines(_ lines: [String], at line: Int) {
        guard !lines.isEmpty else { return }
        furniture += lines
        diagnostics.append(Diagnostic(file: file, line: line,
            message: "“\(lines.joined(separator: " / "))” has no article under it; kept as page furniture"))
    }

    private mutating func open(_ titles: TitleRun, bylineFollows: Bool) {
        var article = Article(kicker: titles.kicker, headline: titles.headline, subheadline: titles.subheadline,
                              source: titles.source)
        // Text above the first headline on the page, with nothing of its own, is that article's lead:
        // the lead is printed above the headline, as a later headline of the same layout shows.
        if bylineFollows, articles.count == 1, current == 0, articles[0].isUntitledText, !restsFromElsewhere.contains(0) {
            article.blocks = articles[0].blocks
            article.sources = articles[0].sources + article.sources
            diagnostics.removeAll { $0.line == article.source.firstLine && $0.message.hasPrefix("text with no headline") }
            articles.removeAll()
            diagnostics.append(Diagnostic(file: file, line: article.source.firstLine,
                message: "text above the headline at line \(titles.source.firstLine) read as its lead"))
        }
        articles.append(article)
        current = articles.count - 1
        interrupted = nil
        closed = false
    }

    private mutating func addSections(_ run: [TextBlock]) {
        guard var index = current else { return }
        let jumped = interrupted != nil
        if let resumed = interrupted {
            index = resumed
            current = resumed
            interrupted = nil
            diagnostics.append(Diagnostic(file: file, line: run[0].firstLine,
                message: "section heading after a boxed item continues “\(articles[resumed].displayTitle)”"))
        }
        let source = range(run[0], run[run.count - 1])
        for block in run { articles[index].blocks.append(.section(block.heading, source)) }
        articles[index].extend(to: source, jumped: jumped)
    }

    mutating func addByline(_ byline: Byline, block: TextBlock) {
        // A second credit line after body text starts an article whose headline is printed elsewhere;
        // a credit in brackets closes the text above it.
        let closing = block.heading.first.map(BylineParser.openers.contains) ?? false
        if let index = current, closing || articles[index].byline.isEmpty || articles[index].lastParagraph == nil {
            // A credit under text that had none ends it, a brief whose byline comes last; under a
            // single paragraph it is more often the credit of a lead printed above it.
            let last = articles[index].byline.isEmpty && articles[index].paragraphs.count >= 2
            articles[index].byline.merge(byline)
            articles[index].extend(to: range(block, block))
            closed = (closing || last) && articles[index].lastParagraph != nil
        } else {
            articles.append(Article(byline: byline, source: range(block, block)))
            current = articles.count - 1
            interrupted = nil
            diagnostics.append(Diagnostic(file: file, line: block.firstLine,
                message: "credit line with no headline above it; started an article without a headline"))
        }
    }

    /// Keeps a caption with the article it is printed in, or with the page when no article has begun.
    mutating func addCaption(_ block: TextBlock) {
        guard let index = current else {
            furniture += block.lines
            return
        }
        articles[index].blocks.append(.caption(block.paragraph(file: file)))
        articles[index].extend(to: range(block, block))
    }

    /// Adds body text; `setApart` says wide gaps frame it, as they frame a boxed item.
    mutating func addParagraph(_ block: TextBlock, setApart: Bool) {
        let lead = JumpMarker.atStart(of: block.joined)
        if let lead {
            furniture.append(String(block.joined.prefix(lead.length)).trimmingWhitespace())
            noteJump(lead.marker)
        }
        let jumped = awaitingRest
        if jumped { resume(at: block) }
        var match = lead == nil ? DatelineParser.match(block.joined) : nil
        // A dateline with no headline above it, inside an article's text, is kept as text of that
        // article; after a brief that opened with its own dateline and has no headline, it opens the next brief.
        if match != nil, let index = current, articles[index].lastParagraph != nil,
           articles[index].headline != nil || articles[index].dateline == nil {
            diagnostics.append(Diagnostic(file: file, line: block.firstLine,
                message: "a dateline inside the text of “\(articles[index].displayTitle)”, with no headline of its own; kept in that article"))
            match = nil
        }
        var paragraph = block.paragraph(file: file, dropping: lead?.length ?? match?.consumed ?? 0)
        let tail = JumpMarker.atEnd(of: paragraph.text).flatMap { $0.marker == .out ? $0 : nil }
        if let tail {
            furniture.append(String(paragraph.text.suffix(tail.length)))
            paragraph.removeLast(tail.length)
        }
        var trailingByline: Byline?
        // A credit glued to the end of the text closes the article as one on its own line does.
        defer { closed = trailingByline != nil }
        if let trailing = BylineParser.trailing(in: paragraph.text), trailing.length < paragraph.text.count {
            paragraph.removeLast(trailing.length)
            trailingByline = trailing.byline
        }
        let index = article(for: block, dateline: match?.dateline, setApart: setApart && !jumped)
        if let trailingByline { articles[index].byline.merge(trailingByline) }
        defer { if tail != nil { noteJump(.out) } }
        if match == nil, join(paragraph, intoArticle: index) || rejoinOrphan(paragraph, intoArticle: index) {
            articles[index].extend(to: range(block, block), jumped: jumped)
            return
        }
        if let match, articles[index].dateline == nil {
            articles[index].dateline = match.dateline
            if let credit = match.byline { articles[index].byline.merge(credit) }
        }
        if !paragraph.text.isEmpty { articles[index].blocks.append(.paragraph(paragraph)) }
        articles[index].extend(to: range(block, block), jumped: jumped)
    }

    // Which article body text belongs to, starting one when the text cannot continue the current one.
    private mutating func article(for block: TextBlock, dateline: String?, setApart: Bool) -> Int {
        let source = range(block, block)
        if let index = current {
            let article = articles[index]
            if dateline != nil, article.lastParagraph != nil {
                diagnostics.append(Diagnostic(file: file, line: block.firstLine,
                    message: "a dateline after a brief with no headline; read as the next brief"))
                return start(Article(source: source))
            }
            if setApart, dateline == nil, article.headline != nil,
               let last = article.lastParagraph, !Self.breaksOff(last.text) {
                let inset = start(Article(source: source))
                interrupted = index
                diagnostics.append(Diagnostic(file: file, line: block.firstLine,
                    message: "text set apart by wide gaps, with no headline, read as a separate item"))
                return inset
            }
            return index
        }
        if dateline == nil {
            diagnostics.append(Diagnostic(file: file, line: block.firstLine,
                message: "text with no headline above it; kept as an article without a headline"))
        }
        return start(Article(source: source))
    }

    private mutating func start(_ article: Article) -> Int {
        articles.append(article)
        current = articles.count - 1
        interrupted = nil
        return articles.count - 1
    }

    func range(_ first: TextBlock, _ last: TextBlock) -> SourceRange {
        SourceRange(file: file, firstLine: first.firstLine, lastLine: last.lastLine)
    }
}

extension Article {
    /// Body text with nothing to name or credit it: no headline, byline or dateline.
    var isUntitledText: Bool {
        kicker == nil && headline == nil && byline.isEmpty && dateline == nil && lastParagraph != nil
    }
}
