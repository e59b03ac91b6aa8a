import Testing
@testable import JianbaoSite

@Suite struct HTMLEscaperTests {
    @Test(arguments: [
        ("", ""),
        ("总投资638亿元", "总投资638亿元"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("A & B \"引号\"", "A &amp; B &quot;引号&quot;"),
        ("&amp;", "&amp;amp;"),
        ("末尾<", "末尾&lt;"),
    ])
    func escapesTheFiveMarkupCharacters(input: String, expected: String) {
        #expect(HTMLEscaper.escape(input) == expected)
    }

    @Test func templatesEscapeWithItAndKeepTheirOwnPragmas() throws {
        var sources = try SampleSite.templates()
        let index = try #require(sources.firstIndex { $0.name == "robots" })
        sources[index].text = "{{%CONTENT_TYPE:TEXT}}\nraw {{sitemapURL}}\n"
        let home = try #require(sources.firstIndex { $0.name == "404" })
        sources[home].text = "<p>{{page.title}}</p>\n"
        let templates = try TemplateSet(sources)
        #expect(templates.render(RobotsView(sitemapURL: "a<b"), with: "robots") == "raw a<b\n")
        let chrome = PageChrome(siteTitle: "", siteDescription: "", language: "zh", title: "<b>&", description: "",
                                root: "", canonicalURL: "", isHome: false, isInvestments: false, isArchive: false, isPlaces: false, isSearch: false, menu: [])
        #expect(templates.render(NotFoundView(page: chrome), with: "404") == "<p>&lt;b&gt;&amp;</p>\n")
    }
}
