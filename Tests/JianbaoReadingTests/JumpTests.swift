import Testing
@testable import JianbaoReading

/// An article whose text jumps to a later spot is one article, however much lies between its parts.
@Suite struct JumpTests {
    static let first = "高新区15个项目集中开工\n\n记者 王明 通讯员 李华\n\n5月8日,高新区举行项目集中开工活动,15个项目总投资86亿元。\n\n为加快项目建设,高新区推行“拿地即开工”,项目审批时限压缩"
    static let other = "临港区召开招商推介会\n\n记者 赵敏\n\n5月7日,临港区举行招商推介会,签约项目6个。"
    static let header = "2023年5月9日 星期二 第3版 区县新闻 责任编辑：孙丽"
    static let rest = "至10个工作日。\n\n高新区有关负责人表示,将持续优化营商环境。"

    /// Pages that print the two parts of the first article with another article, and often a page header, between.
    @Test(arguments: [
        // Markers on lines of their own.
        first + "\n\n（下转第3版）\n\n" + other + "\n\n" + header + "\n\n（上接第1版）\n\n" + rest,
        // Markers glued to the text they end and begin.
        first + "（下转第3版）\n\n" + other + "\n\n" + header + "\n\n(上接第1版)至10个工作日。\n\n高新区有关负责人表示,将持续优化营商环境。",
        // No markers: the headline is printed again over the rest.
        first + "\n\n" + other + "\n\n" + header + "\n\n高新区15个项目集中开工\n\n" + rest,
        // The headline printed again, with the marker under it.
        first + "\n\n（下转第3版）\n\n" + other + "\n\n高新区15个项目集中开工\n\n（上接第1版）\n\n" + rest,
        // Only the marker coming back; the article that broke off is the one continued.
        first + "\n\n" + other + "\n\n（上接第1版）\n\n" + rest,
    ])
    func theRestOfAJumpedArticleJoinsIt(page: String) {
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.map(\.displayTitle) == ["高新区15个项目集中开工", "临港区召开招商推介会"])
        let paragraphs = report.articles.first?.paragraphs.map(\.text) ?? []
        #expect(paragraphs == ["5月8日,高新区举行项目集中开工活动,15个项目总投资86亿元。",
                               "为加快项目建设,高新区推行“拿地即开工”,项目审批时限压缩至10个工作日。",
                               "高新区有关负责人表示,将持续优化营商环境。"])
        #expect(report.articles.last?.paragraphs.count == 1)
    }

    @Test func textAfterAMarkerWithNothingToContinueIsKeptAsItsOwnArticle() {
        let page = "（上接第1版）\n\n至10个工作日。\n\n" + Self.other
        let (report, diagnostics) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.map(\.paragraphs.count) == [1, 1])
        #expect(report.articles.first?.paragraphs.first?.text == "至10个工作日。")
        #expect(diagnostics.contains { $0.message.contains("not on this page") })
    }

    @Test func anArticleSentOnToASpotNotOnThePageIsReported() {
        let page = Self.first + "\n\n（下转第3版）\n\n" + Self.other
        let (report, diagnostics) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.count == 2)
        #expect(report.articles.first?.paragraphs.last?.text.hasSuffix("项目审批时限压缩") == true)
        #expect(diagnostics.contains { $0.message.contains("its rest is not on this page") })
    }

    @Test func aSecondArticleUnderADifferentHeadlineIsNoJump() {
        let page = Self.first + "\n\n" + Self.other + "\n\n高新区召开项目推进会\n\n记者 王明\n\n会议要求加快进度。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.count == 3)
    }
}
