import Foundation
import Testing
@testable import JianbaoReading

/// Money facts from made-up paragraphs: kinds, counts and qualifiers next to the decoys real reports have.
@Suite struct MoneyFactTests {
    static func facts(_ paragraphs: [String], headline: String = "张店区召开会议") -> [MoneyFact] {
        let page = ([headline, "□ 记者 王明"] + paragraphs).joined(separator: "\n\n")
        return PageReader().read(text: page, file: "f.txt").report.moneyFacts
    }

    static func describe(_ fact: MoneyFact) -> String {
        var parts = [fact.kind.rawValue, AmountText.yi(fact.amount)]
        if let projects = fact.projects { parts.append("\(projects)个") }
        if let approx = fact.approx { parts.append(approx) }
        if fact.currency != "CNY" { parts.append(fact.currency) }
        if let parent = fact.parent { parts.append("of \(parent)") }
        return parts.joined(separator: " ")
    }

    @Test(arguments: [
        ("总投资10亿元的5个项目签约落户,达产后可实现年产值20亿元。", ["signing 10 5个", "output 20"]),
        ("新开工项目12个,总投资30亿元,预计年销售收入50亿元、利税8亿元。", ["groundbreaking 30 12个", "sales 50", "tax 8"]),
        ("全区外贸企业实现进出口额15亿元,同比增长8%。", ["trade 15"]),
        ("拨付扶持资金500万元,支持120家企业复工复产。", ["allocation 0.05"]),
        ("复工项目86个,总投资320亿元。", ["resumption 320 86个"]),
        ("全区共有工业企业300家,实施重点项目45个,总投资210亿元。", ["plan 210 45个"]),
        ("为全区1200余户困难家庭发放救助金35万元。", ["relief 0.0035"]),
        ("截至目前,到位资金约12亿元。", ["funds_in_place 12 约"]),
        ("在谈项目8个,计划总投资约60亿元。", ["negotiating 60 8个 约"]),
        ("引进外资3.5亿美元,签约项目6个。", ["signing 3.5 USD"]),
        ("企业共捐款200多万元。", ["donation 0.02 多"]),
        ("为企业发放贷款1.2亿元。", ["loan 1.2"]),
        ("总投资50亿元,年度计划投资12亿元。", ["plan 50"]),
        ("重点项目20个,总投资100亿元。其中,工业项目12个,总投资60亿元,服务业项目8个,总投资40亿元。",
         ["plan 100 20个", "plan 60 12个 of 0", "plan 40 8个 of 0"]),
    ] as [(String, [String])])
    func readsKindsCountsAndQualifiers(paragraph: String, expected: [String]) {
        #expect(Self.facts([paragraph]).map(Self.describe) == expected)
        // Pages print commas, semicolons and colons full-width as often as not: the same facts.
        #expect(Self.facts([Self.fullWidthPunctuation(paragraph)]).map(Self.describe) == expected)
    }

    static func fullWidthPunctuation(_ text: String) -> String {
        String(text.map { character -> Character in
            guard let scalar = character.unicodeScalars.first, ",;:!?()".unicodeScalars.contains(scalar) else { return character }
            return Character(Unicode.Scalar(scalar.value + 0xFEE0)!)
        })
    }

    @Test func annualPlannedInvestmentJoinsItsTotal() throws {
        let fact = try #require(Self.facts(["总投资50亿元,年度计划投资12亿元。"]).first)
        #expect(fact.annualYi == 12)
    }

    @Test func breakdownsThatDoNotAddUpAreReported() {
        let page = "张店区召开会议\n\n□ 记者 王明\n\n重点项目20个,总投资100亿元。其中,工业项目12个,总投资70亿元,服务业项目8个,总投资40亿元。"
        let (_, diagnostics) = PageReader().read(text: page, file: "f.txt")
        #expect(diagnostics.contains { $0.line == 5 && $0.message.contains("add up to 110") })
    }

    @Test func aDayComesFromTheSentenceOrTheOneBeforeButNotIntoAPeriod() {
        let facts = Self.facts(["3月6日上午,全区重点项目集中开工。参加集中开工的项目共19个,总投资122亿元。今年以来,全区累计签约项目40个,总投资300亿元。"])
        #expect(facts.map { $0.date } == [ReportDate(year: 2020, month: 3, day: 6), nil])
    }

    @Test func theArticlesOwnYearGovernsItsFacts() {
        let facts = Self.facts(["2019年,全区新签约项目24个,合同投资额398亿元。", "回首2019年,今年到位资金35亿元。", "2020年,将继续努力。"])
        #expect(facts.map(\.year) == [2019, 2019])
    }

    @Test func factsKeepTheirSentenceAndLine() throws {
        let fact = try #require(Self.facts(["第一句。总投资10亿元的5个项目签约落户。"]).first)
        #expect(fact.quote.text == "总投资10亿元的5个项目签约落户。")
        #expect(fact.line == 5)
        #expect(fact.quote.sources == [SourceRange(file: "f.txt", firstLine: 5, lastLine: 5)])
    }

    @Test func provinceWideTotalsBelongToTheProvince() {
        let facts = Self.facts(["全省共有省重点项目1000个,总投资2.5万亿元;张店区总投资638亿元。"])
        #expect(facts.map { $0.place?.name } == ["山东省", "张店区"])
    }

    /// Amounts that are no figure of their own, public money that is not investment, and loan products.
    @Test(arguments: [
        // The upper end of a range, in every spelling of the range mark.
        ("单个项目预计投资8亿至12亿元。", [String]()),
        ("单体投资规模多在3亿到6亿元之间。", []),
        ("每个项目投资2-4亿元。", []),
        // A size class or an eligibility test, not a sum.
        ("全区新签约亿元以上项目15个。", []),
        ("对投资额超过3000万元的技改项目给予支持。", []),
        ("投资额不低于1亿元的项目优先供地。", []),
        // A clause that only sizes its projects is context for the total after it.
        ("其中,投资额5亿元以上的项目6个,总投资48亿元。", ["plan 48 6个"]),
        // Foreign capital actually used has arrived.
        ("一季度,全区实际使用外资1.8亿美元。", ["funds_in_place 1.8 USD"]),
        // A named project of that size is still a figure.
        ("总投资超过20亿元的光伏项目签约落户。", ["signing 20 1个 超过"]),
        // Interest relief, rewards and subsidies are allocations, even beside a loan.
        ("对按期还款的企业给予贷款贴息,已兑现贴息资金600万元。", ["allocation 0.06"]),
        ("对新认定的企业给予奖励,共兑现奖励资金900万元。", ["allocation 0.09"]),
        ("发放稳岗补贴2100万元。", ["allocation 0.21"]),
        // A loan product is a loan, whatever it is named for.
        ("已为86家企业发放“复产贷”3.2亿元。", ["loan 3.2"]),
        ("银行推出“园区贷”,累计投放5亿元。", ["loan 5"]),
        // This year's planned investment is the annual figure of the total before it.
        ("复工项目20个,总投资120亿元,今年计划完成投资35亿元。", ["resumption 120 20个"]),
    ] as [(String, [String])])
    func amountsThatAreNoInvestmentFigure(paragraph: String, expected: [String]) {
        #expect(Self.facts([paragraph]).map(Self.describe) == expected)
    }

    @Test func thisYearsPlannedInvestmentIsTheAnnualFigure() throws {
        let fact = try #require(Self.facts(["复工项目20个,总投资120亿元,今年计划完成投资35亿元。"]).first)
        #expect(fact.annualYi == 35)
    }

    /// Whose figure it is: the city's when the clause speaks for the whole city.
    @Test(arguments: [
        ("全市共安排重点项目300个,总投资2000亿元。", "张店区召开会议", "淄博市"),
        ("淄博市今年共安排重点项目300个,总投资2000亿元。", "张店区召开会议", "淄博市"),
        ("淄博市张店区新签约项目12个,总投资80亿元。", "张店区召开会议", "张店区"),
        ("张店区新签约项目12个,总投资80亿元。", "张店区召开会议", "张店区"),
        // In a county-level city's article, 全市 is that city.
        ("全市新签约项目12个,总投资80亿元。", "青州市召开会议", "青州市"),
    ])
    func cityWideFiguresBelongToTheCity(paragraph: String, headline: String, place: String) {
        #expect(Self.facts([paragraph], headline: headline).map { $0.place?.name } == [place])
    }

    /// A single project, named or pointed back to right before its own total, counts as one; a class of projects does not.
    @Test(arguments: [
        ("签约项目中,东岳新材料产业园项目总投资26亿元。", "1个"),
        ("位于高新区的智能装备研发中心项目计划总投资9亿元。", "1个"),
        ("该项目总投资7.5亿元,明年投产。", "1个"),
        ("项目总投资4亿元,主要建设两条生产线。", "1个"),
        ("二期项目总投资12亿元。", "1个"),
        ("全区重点项目总投资300亿元。", "-"),
        ("基础设施项目总投资80亿元。", "-"),
        ("新开工的15个项目总投资60亿元。", "15个"),
        ("记者了解到,该项目是今年开工的重点项目之一,总投资18亿元。", "1个"),
        ("这个项目是高新区引进的最大项目,总投资约30亿元。", "1个"),
        ("一批项目正在加紧建设,总投资50亿元。", "-"),
        ("截至5月底,上述签约项目中已有7个开工建设,总投资30多亿元。", "7个"),
        ("总投资12亿元的智能装备产业园项目已开工。", "1个"),
        ("该项目计划总投资6亿元,年底建成。", "1个"),
        ("今年以来,全区新签约项目共有12个,总投资66亿元。", "12个"),
    ])
    func aNamedProjectBeforeItsTotalIsOne(paragraph: String, projects: String) throws {
        let fact = try #require(Self.facts([paragraph]).first)
        #expect(fact.projects.map { "\($0)个" } ?? "-" == projects)
    }

    @Test func aParagraphThatOpensWithQizhongBreaksDownTheTotalBeforeIt() {
        let facts = Self.facts(["集中开工项目30个,总投资150亿元。", "其中,工业项目20个,总投资100亿元;服务业项目10个,总投资50亿元。"])
        #expect(facts.map(Self.describe) == ["groundbreaking 150 30个", "groundbreaking 100 20个 of 0", "groundbreaking 50 10个 of 0"])
    }

    /// A figure whose own words name no stage is of the event the headline reports; one with words keeps them.
    @Test(arguments: [
        ("高新区12个项目集中开工", "项目总投资9亿元,主要建设研发楼。", "groundbreaking"),
        ("高新区8个项目集中签约", "该项目总投资6亿元。", "signing"),
        ("高新区12个项目集中开工", "今年全区计划投资200亿元。", "plan"),
        ("高新区召开项目推进会", "项目总投资9亿元。", "plan"),
        // The year's scheduled projects are its plan, whatever event the headline reports.
        ("高新区12个项目集中开工", "今年,全市共安排市级重点项目300个,总投资2000亿元。", "plan"),
    ])
    func anUnwordedFigureTakesTheHeadlinesEvent(headline: String, paragraph: String, kind: String) throws {
        let fact = try #require(Self.facts([paragraph], headline: headline).first)
        #expect(fact.kind.rawValue == kind)
    }

    @Test func aPageWithNoMastheadIsOfTheYearItsArticlesName() {
        let page = ["张店区召开会议", "□ 记者 王明", "2023年3月1日,张店区举行集中签约活动,签约项目8个,总投资40亿元。",
                    "博山区项目开工", "□ 记者 李华", "3月2日,博山区今年首批项目开工,总投资12亿元。"].joined(separator: "\n\n")
        let facts = PageReader().read(text: page, file: "f.txt").report.moneyFacts
        #expect(facts.map(\.year) == [2023, 2023])
        #expect(facts.last?.date == ReportDate(year: 2023, month: 3, day: 2))
    }

    @Test func anArticlesDayTakesTheYearItsTextNames() {
        let page = ["潍城区项目集中开工", "□ 记者 王明", "6月15日,潍城区2022年二季度重大项目集中开工。", "项目总投资8亿元。"].joined(separator: "\n\n")
        let article = PageReader().read(text: page, file: "f.txt").report.articles.first
        #expect(article?.date == ReportDate(year: 2022, month: 6, day: 15))
    }

    @Test(arguments: [
        (["2023年3月1日,全区举行集中签约活动。"], 2023),
        // Named as often: the latest; a look back at last year's statistics does not set it.
        (["江宁区举行2023年一季度重大项目集中开工活动。", "2022年,江宁区地区生产总值3106亿元。"], 2023),
        // Named most often wins over one mention of the next year's plan.
        (["2019年,全区签约项目24个。", "回首2019年,成绩喜人。", "2020年,开发区将继续招大引强。"], 2019),
        // Targets are no page's year.
        (["全区签约项目24个,力争2025年全部建成。"], 2020),
        (["到2030年,全区工业产值突破千亿元。", "2021年,全区签约项目24个。"], 2021),
        (["项目计划2026年底前建成投产。"], 2020),
        ([], 2020),
    ])
    func aPageWithoutAMastheadIsOfTheYearItReportsOn(paragraphs: [String], year: Int) {
        #expect(FactDate.pageYear(paragraphs, default: 2020) == year)
    }

    @Test func theMastheadsYearGovernsEvenWhenAnotherSentenceNamesAnEarlierYear() {
        let page = ["２０２０年３月１３日　星期五　第２版　县域经济　责任编辑：王明", "醴泉市重点项目全部复工", "记者 李华",
                    "截至３月１０日,醴泉市３２个重点项目全部复工,今年计划完成投资６２亿元。", "２０１９年,全市陶瓷产业总产值突破６８０亿元。"]
            .joined(separator: "\n\n")
        let report = PageReader().read(text: page, file: "f.txt").report
        #expect(report.articles.first?.date == ReportDate(year: 2020, month: 3, day: 10))
        #expect(report.moneyFacts.first?.year == 2020)
    }

    /// Kinds come from each figure's own clause, with the many words papers use for each stage.
    @Test(arguments: [
        ("5月8日,全区15个项目集中动工,总投资60亿元。", ["groundbreaking 60 15个"]),
        ("5月8日,全区15个项目集中开建,总投资60亿元。", ["groundbreaking 60 15个"]),
        ("5月8日,全区15个项目破土动工,总投资60亿元。", ["groundbreaking 60 15个"]),
        ("全区新签约项目10个,总投资50亿元;新开工项目6个,总投资28亿元。", ["signing 50 10个", "groundbreaking 28 6个"]),
        ("全区签约项目5个,总投资20亿元,预计年底投产。", ["signing 20 5个"]),
        ("全区为12个重点项目发放贷款8亿元。", ["loan 8 12个"]),
        ("全区推出的“园区贷”已发放3.2亿元。", ["loan 3.2"]),
        ("全区与5家银行签订贷款协议,贷款金额6亿元。", ["loan 6"]),
        ("全区对复工企业给予贷款贴息500万元。", ["allocation 0.05"]),
        ("全区发放消费券2000万元,拉动消费。", ["allocation 0.2"]),
        ("全区计划实现地区生产总值500亿元。", ["other 500"]),
        ("复工企业今年计划实现营业收入120亿元。", ["sales 120"]),
        ("全区复工企业一季度完成税收3亿元。", ["tax 3"]),
        ("一季度,全区实际使用外资1.2亿美元。", ["funds_in_place 1.2 USD"]),
        ("全区技术合同成交额达52亿元,同比增长36%。", ["other 52"]),
        ("全区新签约项目10个,总投资50亿元。其中,工业项目6个,总投资30亿元。", ["signing 50 10个", "signing 30 6个 of 0"]),
        ("全区28个项目集中开工,总投资90亿元。此次开工的项目中,产业项目19个,总投资60亿元。", ["groundbreaking 90 28个", "groundbreaking 60 19个 of 0"]),
        ("全区对投资额超过5000万元的项目给予奖励。", []),
        ("单个项目预计投资10亿至14亿元。", []),
    ])
    func aFiguresKindComesFromItsOwnClause(paragraph: String, expected: [String]) {
        #expect(Self.facts([paragraph], headline: "全区项目建设提速").map(Self.describe) == expected)
    }

    /// A day printed alone takes its month and year from the page's masthead, the month before when
    /// it is later than the page's day.
    @Test(arguments: [
        ("2022年6月17日 星期五 第5版", "记者16日获悉,临港区15个项目集中开工,总投资86亿元。", ReportDate(year: 2022, month: 6, day: 16)),
        ("2022年3月2日 星期三 第3版", "28日,临港区15个项目集中开工,总投资86亿元。", ReportDate(year: 2022, month: 2, day: 28)),
        ("2023年1月3日 星期二 第2版", "30日,临港区15个项目集中开工,总投资86亿元。", ReportDate(year: 2022, month: 12, day: 30)),
        ("2022年6月17日 星期五 第5版", "项目将在30日内完成审批,总投资86亿元。", nil),
    ] as [(String, String, ReportDate?)])
    func aDayAloneTakesThePagesMonth(masthead: String, paragraph: String, date: ReportDate?) throws {
        let page = [masthead, "临港区项目集中开工", "记者 王明", paragraph].joined(separator: "\n\n")
        let report = PageReader().read(text: page, file: "f.txt").report
        #expect(report.articles.first?.date == date)
        #expect(report.moneyFacts.first?.date == date)
    }

    @Test func aCountysFigureInACitysArticleIsTheCountys() {
        let paragraph = "5月8日,南京市120个项目集中开工,总投资860亿元。其中,江宁区开工项目15个,总投资86亿元;一家来自江宁区的企业投资5亿元。"
        let facts = Self.facts([paragraph], headline: "南京市重点项目集中开工")
        #expect(facts.map { $0.place?.name } == ["南京市", "江宁区", "南京市"])
    }

    @Test func twoNamedProjectsInOneSentenceAreOneEachAndKeepTheirKinds() {
        let facts = Self.facts(["其中,总投资十二亿元的智能装备产业园项目已签约;总投资3亿6000万元的冷链物流中心项目已开工。"])
        #expect(facts.map(Self.describe) == ["signing 12 1个", "groundbreaking 3.6 1个"])
    }

    /// Parts are linked to the total they are part of, however the sentence introduces them.
    @Test(arguments: [
        (["全区28个项目集中开工,总投资90亿元。其中,产业项目19个,总投资60亿元;基础设施项目9个,总投资30亿元。",
          "产业项目中,东岳新材料产业园项目总投资38亿元。"], [nil, 0, 0, 1]),
        (["全区28个项目集中开工,总投资90亿元。其中,先进制造业项目19个,总投资60亿元。",
          "记者了解到,该项目是此次开工的先进制造业项目之一,总投资18亿元。"], [nil, 0, 1]),
        (["此次集中签约项目18个,总投资156亿元;集中开工项目34个,总投资202亿元。",
          "签约项目中,总投资48亿元的新能源电池材料项目由一家上市公司投资建设。"], [nil, nil, 0]),
    ] as [([String], [Int?])])
    func partsLinkToTheirTotal(paragraphs: [String], parents: [Int?]) {
        #expect(Self.facts(paragraphs, headline: "全区项目建设提速").map(\.parent) == parents)
    }
}
