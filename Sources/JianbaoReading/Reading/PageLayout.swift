/// The articles of a page as they are being assembled, block by block.
struct PageLayout {
    var file: String
    var articles: [Article] = []
    var furniture: [String] = []
    var diagnostics: [ReadingDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    // A place or organisation name printed above a headline: 博山区: or …应急指挥部.
    static let kickerEndings = ["区", "县", "市", "部", "局", "委", "中心", "园区", "街道", "镇"]

    static func isKicker(_ line: String) -> Bool {
        if line.hasSuffix(":") || line.hasSuffix(":") { return line.count <= 16 }
        return line.count <= 14 && kickerEndings.contains { line.hasSuffix($0) }
    }

    mutating func addTitles(_ run: [TextBlock], followedBy next: BlockKind?, nextBlock: TextBlock?) {
        let texts = run.map { $0.lines.joined(separator: " ") }
        let startsWithDateline = nextBlock.map { DatelineParser.match($0.joined) != nil } ?? false
        let opensArticle: Bool
        switch next {
        case .byline?: opensArticle = true
        case .title?, .furniture?, nil: opensArticle = run.count >= 2
        case .body?: opensArticle = run.count >= 2 || startsWithDateline || articles.isEmpty
        }
        guard opensArticle else {
            if next == nil || next == .furniture || articles.isEmpty {
                furniture += texts
            } else {
                let source = range(run[0], run[run.count - 1])
                for text in texts { articles[articles.count - 1].blocks.append(.section(text, source)) }
            }
            return
        }
        var titles = texts
        var kicker: String?
        if titles.count >= 2, let position = titles.firstIndex(where: Self.isKicker), position < titles.count - 1 {
            furniture += titles[..<position]
            kicker = titles[position]
            titles = Array(titles[(position + 1)...])
        }
        if titles.count > 2 {
            furniture += titles[..<(titles.count - 2)]
            titles = Array(titles.suffix(2))
        }
        articles.append(Article(
            kicker: kicker, headline: titles.first, subheadline: titles.count > 1 ? titles[1] : nil,
            source: range(run[0], run[run.count - 1])
        ))
    }

    mutating func addByline(_ byline: Byline, block: TextBlock) {
        // A second credit line after body text starts an article whose headline is printed elsewhere.
        if let last = articles.last, last.byline.isEmpty || last.paragraphs.isEmpty {
            articles[articles.count - 1].byline.merge(byline)
            extend(to: block)
        } else {
            articles.append(Article(byline: byline, source: range(block, block)))
            diagnostics.append(ReadingDiagnostic(file: file, line: block.firstLine,
                message: "credit line with no headline above it; started an article without a headline"))
        }
    }

    mutating func addParagraph(_ block: TextBlock) {
        var text = block.joined
        let match = DatelineParser.match(text)
        let dateline = match?.dateline
        if let match { text = match.rest }
        if articles.isEmpty || (dateline != nil && !(articles.last?.paragraphs.isEmpty ?? true)) {
            articles.append(Article(source: range(block, block)))
            if dateline == nil {
                diagnostics.append(ReadingDiagnostic(file: file, line: block.firstLine,
                    message: "text with no headline above it; kept as an article without a headline"))
            }
        }
        let last = articles.count - 1
        if dateline == nil, join(block, intoArticle: last) { return }
        if let dateline, articles[last].dateline == nil {
            articles[last].dateline = dateline
            if let reporter = match?.reporter {
                articles[last].byline.merge(Byline(reporters: [reporter]))
            }
        }
        articles[last].blocks.append(.paragraph(Paragraph(text: text, source: range(block, block))))
        extend(to: block)
    }

    // A paragraph that stops on a character that cannot end a sentence was cut by the layout.
    static func breaksOff(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last.isHan || last.isLetter || last.isNumber || ",、,“‘《(（-—·".contains(last)
    }

    /// Appends `block` to the article's last paragraph when that paragraph broke off mid-sentence.
    private mutating func join(_ block: TextBlock, intoArticle index: Int) -> Bool {
        guard case .paragraph(var paragraph)? = articles[index].blocks.last, Self.breaksOff(paragraph.text) else {
            return false
        }
        let continuation = block.joined
        let second = range(block, block)
        articles[index].repairs.append(Repair(
            first: paragraph.source, second: second,
            joint: String(paragraph.text.suffix(6)) + String(continuation.prefix(6))
        ))
        diagnostics.append(ReadingDiagnostic(file: file, line: second.firstLine,
            message: "joined to the paragraph that breaks off at line \(paragraph.source.lastLine)"))
        paragraph.text += continuation
        paragraph.source.lastLine = max(paragraph.source.lastLine, block.lastLine)
        articles[index].blocks[articles[index].blocks.count - 1] = .paragraph(paragraph)
        extend(to: block)
        return true
    }

    func finish() -> [Article] {
        articles
    }

    private mutating func extend(to block: TextBlock) {
        guard !articles.isEmpty else { return }
        articles[articles.count - 1].source.lastLine = max(articles[articles.count - 1].source.lastLine, block.lastLine)
    }

    private func range(_ first: TextBlock, _ last: TextBlock) -> SourceRange {
        SourceRange(file: file, firstLine: first.firstLine, lastLine: last.lastLine)
    }
}
