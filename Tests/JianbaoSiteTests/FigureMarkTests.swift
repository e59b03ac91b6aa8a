import JianbaoReading
import Testing
@testable import JianbaoSite

/// Marked figures in an article's Markdown and HTML: marks count characters, whatever their bytes.
@Suite struct FigureMarkTests {
    static let source = SourceRange(file: "a.txt", firstLine: 1, lastLine: 2)

    // What the marks should give, written the slow way: the text as characters, each piece escaped.
    static func reference(_ text: String, _ marks: [ArticleMarkdown.Mark]) -> String {
        let characters = Array(text)
        var result = ""
        var position = 0
        for mark in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where mark.range.lowerBound >= position && mark.range.upperBound <= characters.count {
            result += MarkdownEscaper.escape(String(characters[position..<mark.range.lowerBound]))
            result += "[\(MarkdownEscaper.escape(String(characters[mark.range])))](\(mark.url))"
            position = mark.range.upperBound
        }
        return result + MarkdownEscaper.escape(String(characters[position...]))
    }

    static func mark(_ range: Range<Int>, _ url: String = "u") -> ArticleMarkdown.Mark { .init(range: range, url: url) }

    @Test(arguments: [
        ("总投资38亿元。", [mark(3..<8)]),
        ("总投资38亿元。", [mark(0..<2), mark(3..<8)]),
        // Out of order, overlapping, empty, at the very end, and past the end.
        ("总投资38亿元,年内完成12亿元。", [mark(13..<17), mark(3..<8), mark(4..<6), mark(8..<8)]),
        ("投资5亿", [mark(2..<4)]),
        ("投资5亿", [mark(2..<9), mark(0..<1)]),
        // Characters of several scalars and bytes: a flag, combining marks, emoji joined.
        ("第一🇨🇳投资5亿元", [mark(5..<8)]),
        ("e\u{301}e\u{301} 投资*5*亿元 👩‍👩‍👧 3亿元", [mark(6..<9), mark(16..<19)]),
        // Spaces at a piece's edges become references, and markup in the text is escaped.
        ("  投资 5亿 [元](x) ", [mark(5..<7, "../d/a.html#fact-x-1")]),
        ("", [mark(0..<1)]),
    ])
    func markedTextIsTheTextEscapedWithALinkPerFigure(_ text: String, _ marks: [ArticleMarkdown.Mark]) {
        let article = Article(headline: "题", blocks: [.paragraph(Paragraph(text: text, source: Self.source))], source: Self.source)
        let body = ArticleMarkdown(article, marks: [0: marks]).body
        #expect(body == Self.reference(text, marks) + "\n")
    }

    @Test(arguments: [
        // A figure gets its class and anchor; an annual figure only its class; other links stay.
        (#"<p>投资<a href="../districts/a/figures.html#fact-jian-1">5亿元</a>。</p>"#,
         #"<p>投资<a class="figure" id="amount-jian-1" href="../districts/a/figures.html#fact-jian-1">5亿元</a>。</p>"#),
        (#"<a href="../districts/a.html#fact-k-2-annual">1亿</a><a href="../districts/a.html#fact-k-2">2亿</a>"#,
         #"<a class="figure" href="../districts/a.html#fact-k-2">1亿</a><a class="figure" id="amount-k-2" href="../districts/a.html#fact-k-2">2亿</a>"#),
        (#"<a href="https://example.org/">x</a>"#, #"<a href="https://example.org/">x</a>"#),
        ("<p>没有链接</p>", "<p>没有链接</p>"),
        (#"<a href="../districts/a.html"#, #"<a class="figure" id="amount-" href="../districts/a.html"#),
    ])
    func figureLinksGetTheirClassAndAnchor(_ html: String, _ expected: String) {
        #expect(FigureMarks.anchored(html) == expected)
    }
}
