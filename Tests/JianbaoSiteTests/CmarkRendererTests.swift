import Testing
@testable import JianbaoSite

@Suite struct CmarkRendererTests {
    @Test func rendersChineseText() {
        #expect(CmarkRenderer.html("# 张店区\n\n总投资638亿元,年度计划投资148亿元。") ==
            "<h1>张店区</h1>\n<p>总投资638亿元,年度计划投资148亿元。</p>\n")
    }

    @Test func passesTheWholeUTF8Length() {
        // Three bytes per character: a character count instead of a byte count would cut this off.
        let text = String(repeating: "投资", count: 500)
        #expect(CmarkRenderer.html(text) == "<p>\(text)</p>\n")
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "<script>"),
        ("段落<iframe src=x></iframe>", "<iframe"),
        ("[链接](javascript:alert(1))", "javascript:"),
        ("![图](vbscript:x)", "vbscript:"),
    ])
    func safeModeDropsRawHTMLAndUnsafeURLs(markdown: String, forbidden: String) {
        #expect(!CmarkRenderer.html(markdown).contains(forbidden))
    }

    @Test func emptyInputGivesEmptyOutput() {
        #expect(CmarkRenderer.html("") == "")
    }
}
