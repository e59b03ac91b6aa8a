import JianbaoReading
import Testing
@testable import JianbaoSite

@Suite struct ArticleMarkdownTests {
    static let source = SourceRange(file: "a.txt", firstLine: 1, lastLine: 9)
    static let article = Article(
        kicker: "博山区:", headline: "战疫情 *保发展*", subheadline: "奋力夺取双胜利",
        byline: Byline(reporters: ["王建炜"], correspondents: ["陈颖"]), dateline: "本报淄博讯",
        blocks: [
            .paragraph(Paragraph(text: "第一段。", source: source)),
            .section("# 多维度、全保障", source),
            .paragraph(Paragraph(text: "1. 第二段 <script>", source: source)),
        ],
        source: source
    )

    @Test func documentHasEveryPart() {
        let document = ArticleMarkdown(Self.article).document
        #expect(document.contains("*博山区\\:*"))
        #expect(document.contains("# 战疫情 \\*保发展\\*"))
        #expect(document.contains("**奋力夺取双胜利**"))
        #expect(document.contains("记者 王建炜 通讯员 陈颖"))
        #expect(document.contains("**本报淄博讯** 第一段。"))
        #expect(document.contains("## \\# 多维度、全保障"))
    }

    @Test func bodyRendersToHeadingsAndParagraphsOnly() {
        let html = CmarkRenderer.html(ArticleMarkdown(Self.article).body)
        #expect(html == """
            <p><strong>本报淄博讯</strong> 第一段。</p>
            <h2># 多维度、全保障</h2>
            <p>1. 第二段 &lt;script&gt;</p>

            """)
    }

    @Test func aCaptionIsShownAsACaptionAndReportTextCannotMakeOne() {
        let article = Article(headline: "开工", blocks: [
            .paragraph(Paragraph(text: "*强调*的文字。", source: Self.source)),
            .caption(Paragraph(text: "▲现场 *图* 记者 王明 摄", source: Self.source)),
        ], source: Self.source)
        let html = FigureMarks.html(markdown: ArticleMarkdown(article).body)
        #expect(html == """
            <p>*强调*的文字。</p>
            <p class="caption">▲现场 *图* 记者 王明 摄</p>

            """)
    }

    @Test func aListBlockBecomesAListWithEscapedItems() {
        let list = Paragraph(text: "- 综合协调** (0536-8090761)\n- 投资运行 <b>", source: SourceRange(file: "a.txt", firstLine: 3, lastLine: 4))
        let article = Article(headline: "热线", blocks: [.paragraph(list)], source: SourceRange(file: "a.txt", firstLine: 1, lastLine: 4))
        let html = CmarkRenderer.html(ArticleMarkdown(article).body)
        #expect(html == "<ul>\n<li>综合协调** (0536-8090761)</li>\n<li>投资运行 &lt;b&gt;</li>\n</ul>\n")
    }
}
