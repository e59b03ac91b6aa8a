import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

/// corrections.json: parsing it, and applying each kind of fix to what the reader found.
@Suite struct CorrectionsParserTests {
    static func parse(_ text: String) throws(SiteError) -> ([Correction], [Diagnostic]) {
        try CorrectionsParser.parse(Array(text.utf8), file: "corrections.json")
    }

    @Test func aWellFormedFileReadsWithTheLineOfEachCorrection() throws {
        let (corrections, warnings) = try Self.parse("""
            [
              {"report": "a.txt", "article": {"headline": "甲"}, "set": {"district": "张店区"}},

              {"report": "a.txt", "figure": {"quote": "总投资86亿元", "amount": "86亿元"}, "drop": true}
            ]
            """)
        #expect(warnings.isEmpty)
        #expect(corrections.map(\.line) == [2, 4])
        #expect(corrections[0].set?.district == "张店区" && corrections[1].drop == true && corrections[1].figure?.amount == "86亿元")
    }

    struct Bad: Sendable, CustomStringConvertible {
        var text: String
        var line: Int
        var column: Int?
        var message: String
        var description: String { text }
    }

    static let errors: [Bad] = [
        Bad(text: "[\n  {\"report\": \"a.txt}\n]", line: 2, column: nil, message: "malformed JSON"),
        Bad(text: "{\"report\": \"a.txt\"}", line: 1, column: 1, message: "must hold one JSON list"),
        Bad(text: "[\n {\"report\": 3, \"drop\": true}\n]", line: 2, column: 13, message: "“0.report” has the wrong type"),
        Bad(text: "[{\"article\": {\"headline\": \"甲\"}}]", line: 1, column: 2, message: "“0” needs “report”"),
    ]

    @Test(arguments: errors) func aMalformedFileIsAnErrorAtItsLineAndColumn(_ bad: Bad) {
        #expect {
            try Self.parse(bad.text)
        } throws: { error in
            guard let error = error as? SiteError else { return false }
            return error.line == bad.line && (bad.column == nil || error.column == bad.column) && error.reason.contains(bad.message)
        }
    }

    @Test func unknownFieldsAndCorrectionsThatSayNoOneThingAreWarnings() throws {
        let (corrections, warnings) = try Self.parse("""
            [
              {"report": "a.txt", "article": {"headline": "甲", "by": "x"}, "set": {"colour": "red", "headline": "乙"}},
              {"report": "a.txt", "set": {"headline": "乙"}},
              {"report": "a.txt", "figure": {"quote": "甲"}, "article": {"headline": "甲"}, "drop": true},
              {"report": "a.txt", "figure": {"quote": "甲"}},
              {"report": "a.txt", "merge": [{"headline": "甲"}]}
            ]
            """)
        #expect(corrections.count == 1)
        #expect(warnings.map(\.line) == [2, 2, 3, 4, 5, 6])
        #expect(warnings[0].message.hasPrefix("unknown field “by” in “article”"))
        #expect(warnings[1].message.hasPrefix("unknown field “colour” in “set”"))
        #expect(warnings[2].message == "a correction names one “article”, one “figure” or one “merge”; this correction is left out")
        #expect(warnings[4].message.hasPrefix("a correction of a figure has “set” or “drop”"))
        #expect(warnings[5].message.hasPrefix("“merge” lists the two articles to join"))
    }
}

@Suite struct CorrectionApplierTests {
    // An invented page: two articles, the first with two figures (the second part of the first) and
    // a line of an advertisement read as a paragraph.
    static let page = """
        张店区项目集中开工

        □ 记者 王明

        5月8日,张店区15个项目集中开工,总投资86亿元,其中产业项目10个,总投资60亿元。

        欢迎订阅本报,订阅电话12345678。

        当天还有3个项目签约,总投资12亿元。

        临淄区召开项目推进会

        □ 记者 李华

        5月9日,临淄区召开项目推进会,签约项目5个,总投资20亿元。
        """

    static func report() -> Report { PageReader().read(text: page, file: "a.txt").report }

    static func apply(_ json: String) throws -> (reports: [Report], changes: [CorrectionChange], warnings: [Diagnostic]) {
        let (corrections, parseWarnings) = try CorrectionsParser.parse(Array(json.utf8), file: "corrections.json")
        #expect(parseWarnings.isEmpty)
        return CorrectionApplier(corrections: corrections, gazetteer: .china, file: "corrections.json").apply(to: [report()])
    }

    @Test func theInventedPageReadsAsTheTestsExpect() {
        let report = Self.report()
        #expect(report.articles.map(\.headline) == ["张店区项目集中开工", "临淄区召开项目推进会"])
        #expect(report.articles[0].paragraphs.count == 3)
        #expect(report.moneyFacts.map { AmountText.yi($0.amount) } == ["86", "60", "12", "20"])
        #expect(report.moneyFacts[1].parent == 0)
    }

    @Test func anArticleMovesToAnotherDistrictWithItsOwnFigures() throws {
        let result = try Self.apply(#"[{"report": "a.txt", "article": {"headline": "张店区项目集中开工"}, "set": {"district": "博山区", "headline": "博山区项目集中开工", "kicker": "一线", "date": "2020-05-08"}}]"#)
        let article = result.reports[0].articles[0]
        #expect(article.place?.name == "博山区" && article.headline == "博山区项目集中开工" && article.kicker == "一线")
        #expect(article.date == ReportDate(year: 2020, month: 5, day: 8))
        #expect(result.reports[0].moneyFacts.prefix(3).allSatisfy { $0.place?.name == "博山区" })
        #expect(result.reports[0].moneyFacts[3].place?.name == "临淄区")
        #expect(article.corrections.first == "区县改为博山区(原为张店区)")
        #expect(result.changes.map(\.change) == article.corrections && result.warnings.isEmpty)
    }

    @Test func aParagraphMarkedAsFurnitureLeavesTheTextAndTheFiguresKeepTheirParagraphs() throws {
        let result = try Self.apply(#"[{"report": "a.txt", "article": {"firstSentence": "5月8日,张店区"}, "furniture": "欢迎订阅本报"}]"#)
        let report = result.reports[0]
        #expect(report.articles[0].paragraphs.map(\.text).allSatisfy { !$0.contains("订阅") })
        #expect(report.furniture.contains("欢迎订阅本报,订阅电话12345678。"))
        #expect(report.moneyFacts[2].paragraph == 1, "the figure after it moved up a paragraph")
        #expect(report.articles[0].paragraphs[report.moneyFacts[2].paragraph].text.contains("12亿元"))
    }

    @Test func aDroppedFigureTakesNoOtherWithItAndItsPartsLoseTheirParent() throws {
        let result = try Self.apply(#"[{"report": "a.txt", "figure": {"quote": "张店区15个项目", "amount": "86亿元"}, "drop": true}]"#)
        let facts = result.reports[0].moneyFacts
        #expect(facts.map { AmountText.yi($0.amount) } == ["60", "12", "20"])
        #expect(facts[0].parent == nil)
        #expect(result.reports[0].articles[0].corrections == ["删去数字86亿元(“5月8日,张店区15个项目集中开工,总投资86亿元,其中产业…”)"])
    }

    @Test func aFiguresKindAmountProjectsAndDistrictAreSet() throws {
        let result = try Self.apply(#"[{"report": "a.txt", "figure": {"quote": "当天还有3个项目签约"}, "set": {"kind": "plan", "amount": "13亿元", "projects": 4, "district": "淄川区"}}]"#)
        let fact = result.reports[0].moneyFacts[2]
        #expect(fact.kind == .plan && AmountText.yi(fact.amount) == "13" && fact.projects == 4 && fact.district?.name == "淄川区")
        #expect(result.changes.count == 4)
    }

    @Test func twoArticlesMergeIntoTheFirstAndTheFiguresFollow() throws {
        let result = try Self.apply(#"[{"report": "a.txt", "merge": [{"headline": "张店区项目集中开工"}, {"headline": "临淄区召开项目推进会"}]}]"#)
        let report = result.reports[0]
        #expect(report.articles.count == 1)
        #expect(report.articles[0].paragraphs.count == 4)
        #expect(report.moneyFacts[3].article == 0 && report.moneyFacts[3].paragraph == 3)
        #expect(report.articles[0].corrections == ["“临淄区召开项目推进会”并入本文"])
    }

    struct Unmatched: Sendable, CustomStringConvertible {
        var json: String
        var warning: String
        var description: String { warning }
    }

    static let unmatched: [Unmatched] = [
        Unmatched(json: #"{"report": "b.txt", "figure": {"quote": "86亿元"}, "drop": true}"#, warning: "no report named “b.txt” in the reports folder"),
        Unmatched(json: #"{"report": "a.txt", "article": {"headline": "没有这篇"}, "set": {"kicker": "甲"}}"#, warning: "no article of a.txt has the headline “没有这篇”"),
        Unmatched(json: #"{"report": "a.txt", "article": {"firstSentence": "5月"}, "set": {"kicker": "甲"}}"#, warning: "2 articles of a.txt have the first sentence “5月”"),
        Unmatched(json: #"{"report": "a.txt", "figure": {"quote": "总投资"}, "drop": true}"#, warning: "4 figures of a.txt have “总投资”; give the “amount” too"),
        Unmatched(json: #"{"report": "a.txt", "figure": {"quote": "签约项目5个"}, "set": {"kind": "gift"}}"#, warning: "“gift” is no kind"),
        Unmatched(json: #"{"report": "a.txt", "article": {"headline": "张店区项目集中开工"}, "set": {"district": "没有这个区"}}"#, warning: "no place is named “没有这个区”"),
        Unmatched(json: #"{"report": "a.txt", "article": {"headline": "张店区项目集中开工"}, "set": {"date": "2020-02-30"}}"#, warning: "“2020-02-30” is not a date"),
        Unmatched(json: #"{"report": "a.txt", "article": {"headline": "张店区项目集中开工"}, "furniture": "没有这段"}"#, warning: "no paragraph of the article starts with “没有这段”"),
    ]

    @Test(arguments: unmatched) func aCorrectionThatMatchesNothingOrMoreThanOneThingIsAWarningAndChangesNothing(_ example: Unmatched) throws {
        let result = try Self.apply("[\n\(example.json)\n]")
        #expect(result.reports == [Self.report()])
        #expect(result.changes.isEmpty)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.line == 2)
        #expect(result.warnings.first?.message.hasPrefix(example.warning) == true, "\(result.warnings)")
        #expect(result.warnings.first?.message.hasSuffix("; nothing changed") == true)
    }
}

/// The bar: a corrections file that moves one article and drops one figure changes exactly those on
/// the district pages, the investments page and the downloads, and says so on the article's page.
@Suite struct CorrectedSiteTests {
    static let third = """
        淄川区项目签约

        □ 记者 赵六

        6月1日,淄川区签约项目4个,总投资30亿元。同日,淄川区又有2个项目开工,总投资8亿元。
        """

    static func build(corrections: String?) throws -> SiteBuilder.Result {
        var input = try SampleSite.input(reports: ["a.txt": SampleSite.report, "b.txt": SampleSite.secondReport, "c.txt": third])
        if let corrections { (input.corrections, _) = try CorrectionsParser.parse(Array(corrections.utf8), file: "corrections.json") }
        return try SiteBuilder.build(input)
    }

    // The CSV's rows without their id and parent columns, which number the rows.
    static func rows(_ result: SiteBuilder.Result) -> [String] {
        let csv = String(decoding: result.tree.files["data/money-facts.csv"]!.dropFirst(3), as: UTF8.self)
        return csv.split(separator: "\r\n").dropFirst().map { line in
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[0] = ""; fields[12] = ""
            return fields.joined(separator: ",")
        }.sorted()
    }

    @Test func movingAnArticleAndDroppingAFigureChangesExactlyThose() throws {
        let before = try Self.build(corrections: nil)
        let after = try Self.build(corrections: """
            [
              {"report": "b.txt", "article": {"headline": "临淄区多部门联合破企业复工难题"}, "set": {"district": "博山区"}},
              {"report": "c.txt", "figure": {"quote": "又有2个项目开工"}, "drop": true}
            ]
            """)
        #expect(after.diagnostics.filter { $0.file == "corrections.json" }.isEmpty)
        #expect(after.corrections.count == 2)
        // The article left its district page for the other's.
        let moved = try #require(after.model.articles.first { $0.article.headline == "临淄区多部门联合破企业复工难题" })
        #expect(after.model.districts[moved.district].name == "博山区")
        #expect(!before.model.districts.contains { $0.name == "博山区" })
        #expect(!after.model.districts.contains { $0.name == "临淄区" }, "its only article left it")
        #expect(SampleSite.text(after.tree, "districts/bo-shan-qu.html").contains("临淄区多部门联合破企业复工难题"))
        // The dropped figure is gone from the downloads and the investments page, and nothing else changed there.
        let dropped = "同日,淄川区又有2个项目开工,总投资8亿元。"
        #expect(SampleSite.text(before.tree, "investments.html").contains(dropped))
        #expect(!SampleSite.text(after.tree, "investments.html").contains(dropped))
        #expect(!SampleSite.text(after.tree, "data/money-facts.json").contains(dropped))
        #expect(Self.rows(after) == Self.rows(before).filter { !$0.contains(dropped) })
        #expect(after.model.facts.count == before.model.facts.count - 1)
        // The article's page says what the editor changed.
        let page = SampleSite.text(after.tree, moved.path)
        #expect(page.contains("<h2 id=\"corrections-heading\">编辑更正</h2>") && page.contains("<li>区县改为博山区(原为临淄区)</li>"))
        let other = try #require(after.model.articles.first { $0.article.headline == "淄川区项目签约" })
        #expect(SampleSite.text(after.tree, other.path).contains("<li>删去数字8亿元(“同日,淄川区又有2个项目开工,总投资8亿元。”)</li>"))
        let untouched = try #require(after.model.articles.first { $0.article.headline == "重点项目集中开工" })
        #expect(!SampleSite.text(after.tree, untouched.path).contains("编辑更正"))
        #expect(SampleSite.text(after.tree, untouched.path) == SampleSite.text(before.tree, untouched.path))
    }

    @Test func aFigureGivenToADistrictCountsThereEvenWithoutItsArticles() throws {
        let after = try Self.build(corrections: #"[{"report": "c.txt", "figure": {"quote": "签约项目4个"}, "set": {"district": "周村区"}}]"#)
        let district = try #require(after.model.districts.firstIndex { $0.name == "周村区" })
        #expect(after.model.districts[district].articles.isEmpty)
        #expect(after.model.investmentByDistrict[district].map { "\($0)" } == "3000000000")
        #expect(SampleSite.text(after.tree, "districts/zhou-cun-qu.html").contains("签约项目4个"))
    }
}
