/// Reads one decoded report page into articles and page furniture.
public struct PageReader: Sendable {
    public var options: ReadingOptions

    public init(options: ReadingOptions = ReadingOptions()) {
        self.options = options
    }

    /// Reads raw bytes: decodes them, then reads the text; undecodable files give no report.
    public func read(_ file: ReportFile) -> (report: Report?, diagnostics: [Diagnostic]) {
        switch ReportDecoder.decode(file.bytes, file: file.name) {
        case .failure(let error):
            return (nil, [Diagnostic(file: error.file, line: max(error.line, 1), severity: .error, message: error.reason)])
        case .success(let decoded):
            let (report, diagnostics) = read(text: decoded.text, file: file.name)
            var withEncoding = report
            withEncoding.encoding = decoded.encoding
            return (withEncoding, decoded.diagnostics + diagnostics)
        }
    }

    /// Reads text already decoded.
    public func read(text: String, file: String) -> (report: Report, diagnostics: [Diagnostic]) {
        let blocks = TextBlock.split(text)
        let kinds = Self.headlinesShapedLikeLabels(CutParagraph.refine(blocks.map(BlockKind.of), of: blocks), of: blocks)
        var layout = PageLayout(file: file)
        layout.gazetteer = options.gazetteer
        var index = 0
        while index < blocks.count {
            switch kinds[index] {
            case .furniture:
                layout.addFurniture(blocks[index])
            case .caption:
                layout.addCaption(blocks[index])
            case .byline(let byline):
                layout.addByline(byline, block: blocks[index])
            case .body:
                layout.addParagraph(blocks[index], setApart: Self.isSetApart(index, blocks: blocks, kinds: kinds))
            case .title:
                var end = index
                while end + 1 < blocks.count, kinds[end + 1] == .title { end += 1 }
                // A column's label printed between a headline and its text (`时政简讯`) does not part them.
                var after = end + 1
                while after < blocks.count, kinds[after] == .furniture, blocks[after].lines.count == 1,
                      BlockKind.isColumnLabel(blocks[after].heading) { after += 1 }
                let next = after < blocks.count ? kinds[after] : nil
                layout.addTitles(Array(blocks[index...end]), followedBy: next, nextBlock: after < blocks.count ? blocks[after] : nil)
                index = end
            }
            index += 1
        }
        layout.noteUnfinishedJumps()
        let (stitched, stitchDiagnostics) = ContinuationStitcher.stitch(layout.articles, file: file)
        // The page's own date, printed on its masthead, gives the year of every day printed without
        // one; a page with no masthead is of the latest year its articles name, since a page is of one day.
        let mastheads = layout.furniture.filter(DateLine.isMasthead)
        let mastheadDate = mastheads.lazy
            .compactMap { DateFinder.firstDate(in: $0, defaultYear: self.options.defaultYear) }.first
        let mastheadYear = mastheadDate?.year
        let pageYear = mastheadYear ?? FactDate.pageYear(stitched.flatMap { $0.paragraphs.map(\.text) }, default: options.defaultYear)
        let resolver = PlaceResolver(gazetteer: options.gazetteer, pageText: text)
        let articles = stitched.map { article in
            var article = article
            let titles = [article.kicker, article.headline, article.subheadline].compactMap { $0 }
            let body = article.paragraphs.map(\.text)
            article.place = resolver.place(titles: titles, dateline: article.dateline, body: body, pageHeader: mastheads)
            // A dispatch's dateline (`新华社南京2月20日电`) dates it; its text then often gives only the day.
            // A day printed alone (`记者16日获悉`) is of the dispatch's month, else of the page's.
            let dispatch = article.dateline.flatMap { DateFinder.firstDate(in: $0, defaultYear: pageYear) }
            article.date = dispatch ?? body.lazy.compactMap {
                DateFinder.firstDate(in: $0, defaultYear: pageYear, context: mastheadDate)
            }.first
            return article
        }
        var diagnostics = layout.diagnostics + stitchDiagnostics + Self.shapeDiagnostics(blocks, file: file)
        for article in articles {
            for paragraph in article.paragraphs {
                for date in DateFinder.impossible(in: paragraph.text, defaultYear: pageYear) {
                    diagnostics.append(Diagnostic(file: file, line: paragraph.source.firstLine,
                        message: "“\(date)” is no day of the calendar; kept as text and not used as a date"))
                }
            }
        }
        for (block, kind) in zip(blocks, kinds) where kind == .title || kind == .body {
            if BylineParser.looksLikeCredit(block) {
                diagnostics.append(Diagnostic(file: file, line: block.firstLine,
                    message: "“\(block.heading)” names a reporter, but not in a credit form the reader knows; kept as text"))
            }
        }
        if articles.isEmpty && !blocks.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: blocks[0].firstLine,
                message: "no article on this page, only page furniture or titles"))
        }
        for article in articles where article.paragraphs.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: article.source.firstLine,
                message: "“\(article.displayTitle)” has no text under it"))
        }
        for article in articles where article.place == nil {
            diagnostics.append(Diagnostic(file: file, line: article.source.firstLine,
                message: "no place found for “\(article.displayTitle)”; add it to site.json's places"))
        }
        var report = Report(file: file, encoding: .utf8, articles: articles, furniture: layout.furniture)
        let (facts, factDiagnostics) = MoneyFactExtractor.facts(in: report, pageYear: pageYear, pageDate: mastheadDate,
                                                                  gazetteer: options.gazetteer)
        report.moneyFacts = facts
        diagnostics += factDiagnostics
        diagnostics.sort { $0.line < $1.line }
        return (report, diagnostics)
    }

    // A label's shape with a credit line right under it is a headline (`莒县时政简讯` over `记者 …`):
    // a column's label stands over a headline or text, never over a byline.
    static func headlinesShapedLikeLabels(_ kinds: [BlockKind], of blocks: [TextBlock]) -> [BlockKind] {
        var refined = kinds
        for index in blocks.indices.dropLast() where kinds[index] == .furniture {
            guard case .byline = kinds[index + 1], blocks[index].lines.count == 1,
                  let first = blocks[index].heading.first, !BlockKind.labelBullets.contains(first),
                  BlockKind.isColumnLabel(blocks[index].heading) else { continue }
            refined[index] = .title
        }
        return refined
    }

    // A page was usually not meant to be empty or to have lines thousands of characters long.
    static let longestUsualLine = 2000

    static func shapeDiagnostics(_ blocks: [TextBlock], file: String) -> [Diagnostic] {
        if blocks.isEmpty {
            return [Diagnostic(file: file, line: 1, message: "the file has no text; no articles read")]
        }
        var found: [Diagnostic] = []
        for block in blocks {
            for (offset, line) in block.lines.enumerated() where line.utf8.count > longestUsualLine && line.count > longestUsualLine {
                found.append(Diagnostic(file: file, line: block.firstLine + offset,
                    message: "a line of \(line.count) characters, kept as one paragraph; the page may have lost its line breaks"))
            }
        }
        return found
    }

    // Body text after a wide gap, whose run of text ends at another wide gap before a heading or the page's end.
    static func isSetApart(_ index: Int, blocks: [TextBlock], kinds: [BlockKind]) -> Bool {
        guard blocks[index].blankLinesBefore >= 2, index > 0, kinds[index - 1] == .body else { return false }
        var end = index
        while end + 1 < blocks.count, kinds[end + 1] == .body, blocks[end + 1].blankLinesBefore < 2 { end += 1 }
        guard end + 1 < blocks.count else { return true }
        return blocks[end + 1].blankLinesBefore >= 2 && kinds[end + 1] == .title
    }
}
