import Testing
@testable import JianbaoReading

/// Where one article ends and the next begins.
@Suite struct ArticleBoundaryTests {
    @Test(arguments: ["\n\n", "\n\n \n\n\n", "\n\n\n\n\n\n"])
    func aTitleAfterAClosingCreditOpensTheNextArticle(gap: String) {
        let page = "寒亭区项目集中开工\n\n本报讯 3月18日,寒亭区举行项目集中开工活动。\n\n开工现场一派繁忙景象。(记者 王明)"
            + gap + "潍城区减税降费1.2亿元\n\n本报讯 今年以来,潍城区累计减税降费1.2亿元。\n\n(通讯员 李华)"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.map(\.displayTitle) == ["寒亭区项目集中开工", "潍城区减税降费1.2亿元"])
        #expect(report.articles.map(\.byline.reporters) == [["王明"], []])
    }

    @Test func aLoneHeadingAfterAWideGapInsideAnArticleStaysASection() {
        let page = "寒亭区项目集中开工\n\n□ 记者 王明\n\n本报讯 3月18日,寒亭区举行项目集中开工活动。\n\n\n\n\n项目建设提速\n\n开工现场一派繁忙景象。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.count == 1)
        #expect(report.articles.first?.sections == ["项目建设提速"])
    }

    @Test func aTitleNamingAnotherDistrictOpensAnArticleEvenWithNoBylineUnderIt() {
        let page = "寒亭区项目集中签约\n\n□ 记者 王明\n\n6月16日,寒亭区举行项目集中签约活动。\n\n潍城区二季度20个项目集中开工\n暨产业园奠基仪式举行\n\n6月15日,潍城区举行项目集中开工活动。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.map(\.displayTitle) == ["寒亭区项目集中签约", "潍城区二季度20个项目集中开工 暨产业园奠基仪式举行"])
        #expect(report.articles.map { $0.place?.name } == ["寒亭区", "潍城区"])
    }

    @Test func aSectionHeadingNamingTheArticlesOwnDistrictStaysASection() {
        let page = "寒亭区项目集中签约\n\n□ 记者 王明\n\n6月16日,寒亭区举行项目集中签约活动。\n\n寒亭区优化服务\n\n寒亭区为每个项目配备专班。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.count == 1)
        #expect(report.articles.first?.sections == ["寒亭区优化服务"])
    }

    static let briefs = [("临港区15个项目集中开工", "5月8日,临港区举行项目集中开工活动,15个项目总投资86亿元。"),
                         ("东湖区召开招商推介会", "5月7日,东湖区举行招商推介会,签约项目6个。"),
                         ("南湖区部署重点项目建设", "5月6日,南湖区召开会议,部署重点项目建设工作。")]

    static func joined(_ brief: (String, String) -> String, by gap: String) -> String {
        briefs.map(brief).joined(separator: gap)
    }

    static let briefPages: [String] = [
        // Headline and text only, with blank lines or lines of spaces between.
        joined({ $0 + "\n\n" + $1 }, by: "\n\n"),
        joined({ $0 + "\n　　\n" + $1 }, by: "\n \n"),
        // The byline last, on its own line.
        joined({ $0 + "\n\n" + $1 + "\n\n项目进展顺利。\n\n记者 王明" }, by: "\n\n"),
        // The byline last, glued to the text.
        joined({ $0 + "\n\n" + $1 + "(记者 王明)" }, by: "\n\n"),
        // Under a column label, each opened by its dateline and no headline.
        "区县传真\n\n" + joined({ _, text in "本报讯 " + text }, by: "\n\n"),
    ]

    /// Briefs on one page, laid out in the ways papers print them, are each their own article.
    @Test(arguments: briefPages)
    func briefsAreEachTheirOwnArticle(page: String) {
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.count == 3)
        #expect(report.articles.map { $0.paragraphs.first?.text } == Self.briefs.map(\.1))
        #expect(report.articles.allSatisfy { $0.sections.isEmpty })
    }

    @Test func aCreditUnderALeadParagraphStaysTheArticlesByline() {
        let page = "临港区项目建设提速\n\n今年以来,临港区坚持项目为王,全力推进重点项目建设。\n\n记者 王明 通讯员 李华\n\n\n\n实施重点项目20个\n总投资86亿元\n\n5月8日,临港区举行项目集中开工活动。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.count == 1)
        #expect(report.articles.first?.sections == ["实施重点项目20个 总投资86亿元"])
    }

    /// Labels of columns and boxes are page furniture, never headlines; the text under a box's label stays.
    @Test(arguments: ["区县传真", "项目建设一线", "▪ 区县动态", "延伸阅读", "新闻链接", "要闻速览"])
    func aColumnLabelAboveAHeadlineIsFurniture(label: String) throws {
        let page = "2022年6月17日 星期五 第5版 综合新闻 责任编辑：孙丽\n\n\(label)\n\n临港区15个项目集中开工\n\n记者 王明\n\n5月8日,临港区15个项目集中开工。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        let article = try #require(report.articles.first)
        #expect(report.articles.count == 1)
        #expect(article.headline == "临港区15个项目集中开工")
        #expect(article.kicker == nil)
        #expect(article.subheadline == nil)
        #expect(report.furniture.contains(label))
    }

    @Test(arguments: [("区县传真", true), ("项目建设一线", true), ("延伸阅读", true), ("相关链接", true),
                      ("临港区15个项目集中开工", false), ("“拿地即开工”跑出加速度", false), ("2022年项目动态", false),
                      ("项目建设跑出加速度", false)])
    func columnLabelsEndInAColumnsNoun(line: String, isLabel: Bool) {
        #expect(BlockKind.isColumnLabel(line) == isLabel)
    }

    @Test func aLabelBetweenAHeadlineAndItsTextDoesNotPartThem() throws {
        let page = "临港区15个项目集中开工\n\n时政简讯\n\n5月8日,临港区15个项目集中开工。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.map(\.headline) == ["临港区15个项目集中开工"])
        #expect(report.furniture == ["时政简讯"])
    }

    @Test func aHeadlineShapedLikeALabelOverACreditIsAHeadline() throws {
        let page = "莒南时政简讯\n\n记者 王明\n\n5月8日,全县15个项目集中开工。"
        let (report, _) = PageReader().read(text: page, file: "f.txt")
        #expect(report.articles.map(\.headline) == ["莒南时政简讯"])
        #expect(report.articles.first?.byline.reporters == ["王明"])
    }
}
