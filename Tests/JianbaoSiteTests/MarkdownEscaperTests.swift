import Testing
@testable import JianbaoSite

@Suite struct MarkdownEscaperTests {
    static func roundTrip(_ text: String) -> String {
        let html = CmarkRenderer.html(MarkdownEscaper.escape(text))
        var content = HTMLText.content(of: html)
        if content.hasSuffix("\n") { content.removeLast() }
        return content
    }

    @Test(arguments: [
        "*强调* _下划线_ `代码` [链接](x) <b>粗</b> &amp; | 表格 | \\反斜杠",
        "# 不是标题", "- 不是列表", "+ 也不是", "1. 不是编号", "2) 同样", "> 不是引用",
        "=== 不是标题下划线", "--- 不是分隔线", "    四个空格不是代码", "\t制表符开头",
        "~~~ 不是代码块", "<!-- 不是注释 -->", "&#x4e2d; 与 &copy; 按字面", "行尾两个空格  ",
        "http://example.org 不是自动链接 <http://x>", "[^1] 脚注 ![图](a.png)", "![", "\\", "`",
    ])
    func reportTextStaysText(text: String) {
        #expect(Self.roundTrip(text) == text)
    }

    @Test func randomMixturesOfTextAndMetacharactersStayText() {
        let alphabet = Array("张店区总投资亿元项目,。“”:;、 ()0123456789abc*_`[]<>&|\\#-+.!~=()^{}'\"/:?@$% \t")
        var generator = SeededGenerator(seed: 20_200_217)
        for _ in 0..<2_000 {
            let length = Int.random(in: 1...40, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(Self.roundTrip(text) == text, "input: \(text)")
        }
    }

    @Test func lineBreaksBecomeSpaces() {
        #expect(!CmarkRenderer.html(MarkdownEscaper.escape("一\n# 二")).contains("<h1>"))
    }
}

/// A small deterministic generator (SplitMix64), so that a failing case can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
