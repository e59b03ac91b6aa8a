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
}
