import Testing
@testable import JianbaoReading

/// Each layout rule on small pages of made-up text, so the rules are checked apart from the samples.
@Suite struct LayoutRuleTests {
    static func read(_ text: String) -> (Report, [Diagnostic]) {
        PageReader().read(text: text, file: "p.txt")
    }

    static let prose = "全区上下坚持疫情防控和经济发展两手抓,各部门靠前服务,帮助企业解决用工、原料和资金等方面的困难。"

    @Test(arguments: [
        ("与此同时,围绕城市建设和", true),
        ("该县科学做好分诊工作,启用隔离", true),
        ("不只是线上招聘,全区从预防疫情实际和企业用工需求出发,及时", true),
        ("疫情防控、复工复产,两手抓,两手硬", false),
        ("多维度、全保障, 周密部署服务百姓", false),
        ("“一方有困难,八方来支援!”", false),
        ("做好“十件实事”树立党员标杆", false),
        ("助企复工保增长全区145家复工复产", false),
        ("到9月16日,全县3例确诊病例全部治", true),
        ("2019年以来,街道促进辖区企业", true),
        ("2020年重点项目 开工", false),
        ("签约项目中,一家新能源企业的电", true),
        ("开工仪式上,区委书记宣布项目正", true),
        ("项目投产后,可新增就业岗位", true),
        ("抓项目,促发展", false),
        ("稳增长,惠民生,防风险", false),
    ])
    func cutParagraphsAreToldFromHeadings(line: String, isCut: Bool) {
        #expect(CutParagraph.isCut(TextBlock(lines: [line], firstLine: 1, blankLinesBefore: 1)) == isCut)
    }

    @Test(arguments: ["□ 记者 王明 摄", "本报记者 李华 摄影", "责任编辑 赵卫平", "电话:(0531)85193261"])
    func creditsForPicturesAndEditorsAreFurniture(line: String) {
        #expect(BlockKind.of(TextBlock(lines: [line], firstLine: 1)) == .furniture)
    }

    @Test func aDatelineNeverStartsAHeading() {
        #expect(BlockKind.of(TextBlock(lines: ["本报济宁讯 8月27日,全县举行签约仪式,山"], firstLine: 1)) == .body)
    }

    @Test func aHeadingAfterAWideGapIsNeverACutParagraph() {
        #expect(!CutParagraph.isCut(TextBlock(lines: ["与此同时,围绕城市建设和"], firstLine: 1, blankLinesBefore: 3)))
    }

    @Test(arguments: [
        (["某某项目集中开工仪式", "中共某某区委 某某区人民政府\n2021年3月", "某某区:", "标题"],
         ["某某项目集中开工仪式", "中共某某区委 某某区人民政府", "2021年3月"], "某某区:", ["标题"]),
        (["时政简讯", "高新区", "召开调度会"], ["时政简讯"], "高新区", ["召开调度会"]),
        (["县委宣传部", "主标题", "副标题"], [], "县委宣传部", ["主标题", "副标题"]),
        (["栏目", "主标题", "副标题"], ["栏目"], nil, ["主标题", "副标题"]),
        (["主标题 分两行", "副标题"], [], nil, ["主标题 分两行", "副标题"]),
    ] as [([String], [String], String?, [String])])
    func titleRunsSplitIntoFurnitureKickerAndTitles(blocks: [String], furniture: [String], kicker: String?, titles: [String]) {
        let run = blocks.enumerated().map { TextBlock(lines: $1.components(separatedBy: "\n"), firstLine: $0 * 2 + 1) }
        let read = TitleRun(run, file: "p.txt")
        #expect(read.furniture == furniture)
        #expect(read.kicker == kicker)
        #expect(read.titles == titles)
    }

    @Test(arguments: [
        ("2020年2月", true), ("２０２１年３月５日", true), ("2020年3月5日 星期四", true), ("3月5日", true),
        ("2020年重点项目", false), ("2月17日,签约。", false), ("", false),
    ])
    func dateOnlyLines(line: String, isDate: Bool) {
        #expect(DateLine.isDateOnly(line) == isDate)
    }

    @Test func aMastheadIsFurniture() {
        let (report, _) = Self.read("某某日报 城市新闻  2020年3月5日 星期四\n\n标题\n\n□ 记者 王明\n\n\(Self.prose)")
        #expect(report.furniture == ["某某日报 城市新闻  2020年3月5日 星期四"])
        #expect(report.articles.first?.headline == "标题")
    }

    @Test(arguments: [
        (["(记者 王明 通讯员 李华)"], Byline(reporters: ["王明"], correspondents: ["李华"])),
        (["【本报记者 王明】"], Byline(reporters: ["王明"])),
        (["本报记者", "王明 李华"], Byline(reporters: ["王明", "李华"])),
        (["■ 记者 王明 报道"], Byline(reporters: ["王明"])),
        (["记者 欧阳文 实习生 司马光"], Byline(reporters: ["欧阳文"], interns: ["司马光"])),
    ])
    func moreBylineForms(lines: [String], expected: Byline) {
        #expect(BylineParser.parse(lines) == expected)
    }

    @Test(arguments: [["(完)"], ["(图片由区委宣传部提供)"], ["□ 记者 王明 摄"], ["记者了解到,全区企业复工复产率已超过九成"]])
    func notBylines(lines: [String]) {
        #expect(BylineParser.parse(lines) == nil)
    }

    @Test func aCreditInBracketsAtTheEndOfTheTextIsTheByline() throws {
        let (report, _) = Self.read("标题\n\n\(Self.prose)(记者 王明 通讯员 李华)")
        let article = try #require(report.articles.first)
        #expect(article.byline == Byline(reporters: ["王明"], correspondents: ["李华"]))
        #expect(article.paragraphs.map(\.text) == [Self.prose])
    }

    @Test func aCreditInBracketsUnderTheTextJoinsTheBylineAbove() throws {
        let (report, _) = Self.read("标题\n\n□ 记者 王明\n\n\(Self.prose)\n\n(通讯员 李华)")
        #expect(report.articles.count == 1)
        #expect(report.articles.first?.byline == Byline(reporters: ["王明"], correspondents: ["李华"]))
    }

    @Test func datelineCreditsWithSeveralNamesAndRoles() throws {
        let match = try #require(DatelineParser.match("本报讯(记者 王明 通讯员 李华)近日,全区召开会议。"))
        #expect(match.dateline == "本报讯")
        #expect(match.byline == Byline(reporters: ["王明"], correspondents: ["李华"]))
        #expect(match.rest == "近日,全区召开会议。")
        #expect(DatelineParser.match("高新区讯(张三 李四)近日")?.byline == Byline(reporters: ["张三", "李四"]))
    }

    @Test func anOrphanAfterTheNextHeadingEndsTheParagraphThatBrokeOff() throws {
        let page = "标题\n\n□ 记者 王明\n\n小标题一\n\n\(Self.prose)各类信息如雪花\n\n小标题二\n\n\(Self.prose)\n\n般飞来。\n\n\(Self.prose)"
        let (report, diagnostics) = Self.read(page)
        let article = try #require(report.articles.first)
        #expect(article.paragraphs.map(\.text) == [Self.prose + "各类信息如雪花般飞来。", Self.prose, Self.prose])
        #expect(article.repairs.first?.first.firstLine == 7)
        #expect(article.repairs.first?.second.firstLine == 13)
        #expect(diagnostics.contains { $0.line == 13 && $0.message.contains("line 7") })
    }

    @Test func aShortSentenceWithNoBrokenParagraphStaysAParagraph() throws {
        let (report, _) = Self.read("标题\n\n□ 记者 王明\n\n\(Self.prose)\n\n小标题\n\n好消息。")
        #expect(report.articles.first?.paragraphs.count == 2)
    }

    @Test func anArticleContinuedUnderItsHeadlineLaterOnThePageIsStitched() throws {
        let page = """
            第一篇标题

            □ 记者 王明

            \(Self.prose)

            □ 本报记者 李华

            \(Self.prose)

            与此同时,该县启用隔离病

            第二篇标题

            □ 记者 张三

            \(Self.prose)

            续篇的标题

            副标题

            房和2处集中隔离点,做好患者筛查。

            \(Self.prose)
            """
        let (report, diagnostics) = Self.read(page)
        #expect(report.articles.map(\.headline) == ["第一篇标题", "续篇的标题", "第二篇标题"])
        let stitched = report.articles[1]
        #expect(stitched.byline.reporters == ["李华"])
        #expect(stitched.paragraphs.map(\.text) == [Self.prose, "与此同时,该县启用隔离病房和2处集中隔离点,做好患者筛查。", Self.prose])
        #expect(stitched.paragraphs[1].sources.map(\.firstLine) == [11, 23])
        #expect(stitched.sources.count == 2)
        #expect(diagnostics.contains { $0.line == 23 && $0.message.contains("line 11") })
    }

    @Test func aBoxedItemBetweenWideGapsIsItsOwnArticleAndTheSectionsAfterItContinue() throws {
        let page = "标题\n\n□ 记者 王明\n\n\(Self.prose)\n\n\n\n1月10日,区公安分局举行宣传活动。\n\n活动中,民警发放宣传资料。\n\n\n\n小标题\n\n\(Self.prose)"
        let (report, _) = Self.read(page)
        #expect(report.articles.count == 2)
        #expect(report.articles[0].sections == ["小标题"])
        #expect(report.articles[0].paragraphs.count == 2)
        #expect(report.articles[1].headline == nil)
        #expect(report.articles[1].paragraphs.count == 2)
    }

    @Test func textAboveTheFirstHeadlineIsItsLead() throws {
        let page = "某某仪式\n\n中共某某区委\n2021年3月\n\n\n\n\(Self.prose)\n\n某某区:\n\n标题\n\n□ 记者 王明\n\n\(Self.prose)"
        let (report, diagnostics) = Self.read(page)
        #expect(report.articles.count == 1)
        #expect(report.articles[0].kicker == "某某区:")
        #expect(report.articles[0].paragraphs.count == 2)
        #expect(report.furniture == ["某某仪式", "中共某某区委", "2021年3月"])
        #expect(diagnostics.contains { $0.message.contains("lead") })
    }

    @Test func aLeadBeforeTheBylineStaysWithItsHeadline() throws {
        let page = "标题\n\n一手抓疫情防控,一手抓安全生产,全区全力为节后企业复工复产保驾护航\n\n\n\n\(Self.prose)\n\n□ 记者 王明\n\n\(Self.prose)"
        let (report, _) = Self.read(page)
        #expect(report.articles.count == 1)
        #expect(report.articles[0].subheadline?.hasPrefix("一手抓") == true)
        #expect(report.articles[0].paragraphs.count == 2)
    }

    @Test func aDatelineInsideTheTextWithNoHeadlineStaysInTheArticle() throws {
        let (report, diagnostics) = Self.read("标题\n\n□ 记者 王明\n\n\(Self.prose)\n\n本报临沂讯 近日,全市召开会议。")
        let article = try #require(report.articles.first)
        #expect(report.articles.count == 1)
        #expect(article.dateline == nil)
        #expect(article.paragraphs.last?.text == "本报临沂讯 近日,全市召开会议。")
        #expect(diagnostics.contains { $0.line == 7 && $0.message.contains("dateline") })
    }

    @Test(arguments: [(1, 2), (3, 1)])
    func aLoneHeadingOverADatelineOpensAnArticleUnlessAWideGapMakesItASection(blankLines: Int, articles: Int) {
        let gap = String(repeating: "\n", count: blankLines + 1)
        let page = "标题\n\n□ 记者 王明\n\n\(Self.prose)\(gap)召开调度会\n\n高新区讯(张三)近日,全区召开会议。"
        #expect(Self.read(page).0.articles.count == articles)
    }

    @Test func aCutParagraphRightUnderASectionHeadingIsText() throws {
        let page = "标题\n\n□ 记者 王明\n\n\n\n小标题\n\n在市委、市政府的坚强领导下,全区担当作为,精\n\n准施策,科学防控。"
        let (report, _) = Self.read(page)
        #expect(report.articles.count == 1)
        #expect(report.articles[0].sections == ["小标题"])
        #expect(report.articles[0].paragraphs.map(\.text) == ["在市委、市政府的坚强领导下,全区担当作为,精准施策,科学防控。"])
    }
}
