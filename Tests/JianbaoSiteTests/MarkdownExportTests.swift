import Foundation
import Testing
import JianbaoReading
@testable import JianbaoSite

/// `jianbao export --markdown`: front matter Hugo and Jekyll read, and text no Markdown reader turns into markup.
@Suite struct MarkdownExportTests {
    static func export(_ reports: [String: String]? = nil) throws -> OutputTree {
        let input = try SampleSite.input(reports: reports)
        let (read, _) = SiteBuilder.read(input.reports, config: input.config)
        return MarkdownExport(model: SiteModel(config: input.config, reports: read)).files()
    }

    @Test func oneFilePerArticleWithFrontMatter() throws {
        let tree = try Self.export()
        let result = try SiteBuilder.build(try SampleSite.input())
        #expect(tree.files.count == result.model.articles.count)
        for entry in result.model.articles {
            let text = SampleSite.text(tree, entry.slug + ".md")
            #expect(text.hasPrefix("---\ntitle: \""))
            #expect(text.contains("\ndistrict: \""))
            #expect(text.contains("\nsource: \"\(entry.report)\""))
            if let date = entry.article.date { #expect(text.contains("\ndate: \(date.iso)\n")) }
        }
    }

    @Test func factsAndTotalsAreInTheFrontMatter() throws {
        let tree = try Self.export(["a.txt": MoneyPagesTests.report])
        let text = try #require(tree.files.values.map { String(decoding: $0, as: UTF8.self) }.first { $0.contains("张店区") })
        #expect(text.contains("\nprojects: 19\n"))
        #expect(text.contains("\ninvestment: 122\n"))
        #expect(text.contains("  - kind: \"groundbreaking\"\n    amount_yi: 122\n"))
        #expect(text.contains("    annual_yi: 36\n"))
        // Loans are facts too, but not investment.
        #expect(text.contains("  - kind: \"loan\"\n    amount_yi: 0.26\n"))
    }

    @Test(arguments: [
        ("引号\"与\\反斜杠", #""引号\"与\\反斜杠""#),
        ("冒号: 井号 # 与 - 破折号", #""冒号: 井号 # 与 - 破折号""#),
        ("换行\n与\t制表", #""换行\n与\t制表""#),
        ("\u{1}控制", #""\u0001控制""#),
        ("\r\u{7F}\u{85}\u{9F}\u{A0}", "\"\\r\\u007f\\u0085\\u009f\u{A0}\""),
        ("行\u{2028}段\u{2029}“引”—\u{FEFF}", #""行\u2028段\u2029“引”—\ufeff""#),
    ])
    func frontMatterStringsAreDoubleQuotedYAML(text: String, yaml: String) {
        #expect(FrontMatter.quoted(text) == yaml)
    }

    @Test(arguments: [
        "*强调* _下划线_ `代码` [链接](x) <b>粗</b> &amp; | 表格 | \\反斜杠",
        "# 不是标题", "- 不是列表", "1. 不是编号", "> 不是引用", "~~删除~~ 与 ~~~", "$$数学$$", ": 定义",
        "{: .class} 属性", "<script>alert(1)</script>", "&#x4e2d; 按字面", "逗号,分号;问号? 斜杠/ 百分号%",
    ])
    func portableTextStaysTextForCmark(text: String) {
        let html = CmarkRenderer.html(MarkdownEscaper.escape(text, style: .portable))
        var content = HTMLText.content(of: html)
        if content.hasSuffix("\n") { content.removeLast() }
        #expect(content == text)
    }

    @Test func portableEscapesOnlyWhatEveryReaderUnescapes() {
        // kramdown shows a backslash before a comma literally, so plain punctuation is left alone.
        #expect(MarkdownEscaper.escape("一,二;三?四/五%", style: .portable) == "一,二;三?四/五%")
        #expect(MarkdownEscaper.escape("<a & b>", style: .portable) == "&lt;a &amp; b&gt;")
    }
}
