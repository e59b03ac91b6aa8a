import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

/// Hand-written pages: their front matter, their page, the header's menu and the sitemap.
@Suite struct WrittenPageTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var title: String?
        var order = 0
        var menu: String?
        var markdown = "正文。"
        var warnings: [String] = []
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "---\ntitle: 方法说明\norder: 2\nmenu: 方法\n---\n正文。", title: "方法说明", order: 2, menu: "方法"),
        Case(text: "---\r\ntitle: \"引号里的:标题\"\r\n---\r\n正文。", title: "引号里的:标题"),
        Case(text: "---\ntitle: 'single'\nmenu:\n---\n正文。", title: "single"),
        Case(text: "---\ntitle: 甲\nauthor: 某人\n---\n正文。", title: "甲", warnings: ["unknown key “author”; it is ignored (known: title, order, menu)"]),
        Case(text: "---\norder: -1\n---\n正文。", title: "notes", order: -1, warnings: ["no title; the page is titled “notes”"]),
        Case(text: "正文。", title: "notes", warnings: ["no front matter; the page is titled “notes” (start it with ---, title: …, ---)"]),
        Case(text: "---\ntitle 没有冒号\ntitle: 乙\n---\n正文。", title: "乙", warnings: ["“title 没有冒号” is not “key: value”; it is ignored"]),
        Case(text: "---\ntitle: 丙\n正文。", title: nil, warnings: ["the front matter is never closed; end it with a line of ---"]),
        Case(text: "---\ntitle: 丁\norder: 第一\n---\n正文。", title: nil, warnings: ["“order” must be a whole number, not “第一”"]),
    ]

    @Test(arguments: cases) func frontMatter(_ example: Case) {
        let (page, diagnostics) = WrittenPage.read(PageSource(file: "Pages/notes.md", name: "notes.md", text: example.text))
        #expect(page?.title == example.title)
        if let page {
            #expect(page.order == example.order && page.menu == example.menu && page.markdown == example.markdown)
            #expect(page.slug == "notes" && page.path == "pages/notes.html")
        }
        #expect(diagnostics.map(\.message) == example.warnings)
        #expect(diagnostics.allSatisfy { $0.isError == (page == nil) })
    }

    static func build(_ pages: [String: String]) throws -> SiteBuilder.Result {
        var input = try SampleSite.input()
        input.pages = pages.keys.sorted().map { PageSource(file: "Pages/" + $0, name: $0, text: pages[$0]!) }
        return try SiteBuilder.build(input)
    }

    @Test func aPageWithAMenuLabelIsLinkedFromEveryPagesHeaderInOrderAndListedInTheSitemap() throws {
        let result = try Self.build([
            "about.md": "---\ntitle: 关于本站\norder: 2\nmenu: 关于\n---\n# 小标题\n\n见[投资项目](../investments.html)。<script>alert(1)</script>\n",
            "methods.md": "---\ntitle: 数字怎么算\norder: 1\nmenu: 方法\n---\n每个数字只算一次。\n",
            "draft.md": "---\ntitle: 草稿\n---\n不在菜单里。\n",
        ])
        let about = SampleSite.text(result.tree, "pages/about.html")
        #expect(about.contains("<h1>关于本站</h1>") && about.contains("<h1>小标题</h1>"))
        #expect(about.contains("<a href=\"../investments.html\">投资项目</a>"))
        #expect(!about.contains("<script>alert"), "raw HTML is omitted")
        #expect(about.contains("<a href=\"../pages/about.html\" aria-current=\"page\">关于</a>"))
        for path in result.tree.paths where path.hasSuffix(".html") {
            let html = SampleSite.text(result.tree, path)
            let methods = try #require(html.range(of: ">方法</a>"), "\(path)")
            let aboutLink = try #require(html.range(of: ">关于</a>"), "\(path)")
            #expect(methods.lowerBound < aboutLink.lowerBound, "menu in order: \(path)")
            #expect(!html.contains(">草稿</a>"), "a page without menu stays out of it: \(path)")
        }
        #expect(SampleSite.text(result.tree, "index.html").contains("<a href=\"pages/methods.html\">方法</a>"))
        let sitemap = SampleSite.text(result.tree, "sitemap.xml")
        #expect(["about", "methods", "draft"].allSatisfy { sitemap.contains("https://example.org/pages/\($0).html") })
    }

    @Test func aBrokenPageIsAnErrorAndTheRestOfTheSiteIsBuilt() throws {
        let result = try Self.build(["broken.md": "---\ntitle: 坏\n", "fine.md": "---\ntitle: 好\n---\n好。\n"])
        #expect(result.diagnostics.contains { $0.file == "Pages/broken.md" && $0.isError })
        #expect(result.tree.files["pages/broken.html"] == nil && result.tree.files["pages/fine.html"] != nil)
    }
}
