import Testing
@testable import JianbaoReading

/// Every common form of credit and dateline gives its names and is taken out of the text.
@Suite struct BylineFormTests {
    static let headline = "临港区15个项目集中开工"
    static let text = "5月8日,临港区举行项目集中开工活动,15个项目总投资86亿元。"
    static let more = "项目现场一派繁忙景象。"

    struct Case: Sendable, CustomTestStringConvertible {
        var page: String
        var reporters: [String]
        var correspondents: [String] = []
        var interns: [String] = []
        var dateline: String?
        var testDescription: String { page.split(separator: "\n").dropFirst(2).first.map(String.init) ?? page }
    }

    static func page(_ lines: String...) -> String { ([headline] + lines).joined(separator: "\n\n") }

    static let cases: [Case] = [
        Case(page: page("本报讯（记者 王明 通讯员 李华）" + text, more), reporters: ["王明"], correspondents: ["李华"], dateline: "本报讯"),
        Case(page: page("本报讯 记者 王明 通讯员 李华 " + text, more), reporters: ["王明"], correspondents: ["李华"], dateline: "本报讯"),
        Case(page: page("东江日报讯 记者/王明 " + text, more), reporters: ["王明"], dateline: "东江日报讯"),
        Case(page: page("【东江日报讯】（记者 王明）" + text, more), reporters: ["王明"], dateline: "东江日报讯"),
        Case(page: page("本报讯（通讯员 李华 记者 王明）" + text, more), reporters: ["王明"], correspondents: ["李华"], dateline: "本报讯"),
        Case(page: page("新华社广州5月8日电（记者 王明）" + text, more), reporters: ["王明"], dateline: "新华社广州5月8日电"),
        Case(page: page("据人民网成都5月8日电 记者 王明 " + text, more), reporters: ["王明"], dateline: "人民网成都5月8日电"),
        Case(page: page("文/记者 王明 图/记者 李华", text, more), reporters: ["王明", "李华"]),
        Case(page: page("◎记者 王明", text, more), reporters: ["王明"]),
        Case(page: page("□ 东江日报全媒体记者 王明 通讯员 李华 报道", text, more), reporters: ["王明"], correspondents: ["李华"]),
        Case(page: page("本报记者 王明 见习记者 赵敏 实习生 孙丽", text, more), reporters: ["王明"], interns: ["赵敏", "孙丽"]),
        Case(page: page(text, more, "（记者 王明 通讯员 李华）"), reporters: ["王明"], correspondents: ["李华"]),
        Case(page: page(text, more + "（记者 王明 通讯员 李华）"), reporters: ["王明"], correspondents: ["李华"]),
        Case(page: page(text, more + "(通讯员 李华)"), reporters: [], correspondents: ["李华"]),
    ]

    @Test(arguments: cases)
    func theCreditsNamesAreReadAndTakenOutOfTheText(_ form: Case) throws {
        let (report, _) = PageReader().read(text: form.page, file: "f.txt")
        let article = try #require(report.articles.first)
        #expect(report.articles.count == 1)
        #expect(article.headline == Self.headline)
        #expect(article.byline == Byline(reporters: form.reporters, correspondents: form.correspondents, interns: form.interns))
        #expect(article.dateline == form.dateline)
        #expect(article.paragraphs.map(\.text) == [Self.text, Self.more])
    }

    @Test func aDispatchDatesItsArticleAndGivesTheMonthOfADayPrintedAlone() throws {
        let page = Self.page("新华社广州5月8日电（记者 王明）记者8日从临港区获悉,临港区当天举行项目集中开工活动,15个项目总投资86亿元。")
        let report = PageReader(options: ReadingOptions(defaultYear: 2021)).read(text: page, file: "f.txt").report
        #expect(report.articles.first?.date == ReportDate(year: 2021, month: 5, day: 8))
        #expect(report.moneyFacts.first?.date == ReportDate(year: 2021, month: 5, day: 8))
    }

    @Test(arguments: [
        "记者在现场看到,工人们正在紧张施工。",
        "通讯员告诉记者,复工率已达九成。",
        "喜讯传来,全区振奋。",
        "电力保障到位,企业用电无忧。",
        "新华社消息称,项目进展顺利。",
    ])
    func proseThatMentionsACreditWordIsNoDateline(paragraph: String) {
        #expect(DatelineParser.match(paragraph) == nil)
    }

    @Test(arguments: [
        ("记者 王明 通讯员 李华 近日,全区召开会议。", ["王明"], ["李华"]),
        ("记者/王明 近日,全区召开会议。", ["王明"], []),
        ("记者20日从临港区获悉,项目开工。", [], []),
        ("记者 王明近日,全区召开会议。", [], []),
    ])
    func aCreditWithoutBracketsEndsAtTheSpaceBeforeTheText(text: String, reporters: [String], correspondents: [String]) {
        let found = DatelineParser.openCredit(Array(text), from: 0)?.0 ?? Byline()
        #expect(found == Byline(reporters: reporters, correspondents: correspondents))
    }
}
