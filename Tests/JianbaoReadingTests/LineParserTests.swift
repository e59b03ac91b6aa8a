import Testing
@testable import JianbaoReading

@Suite struct LineParserTests {
    @Test(arguments: [
        (["□ 本报记者 杨国胜 都镇强", "本报实习生 张江汀"], Byline(reporters: ["杨国胜", "都镇强"], interns: ["张江汀"])),
        (["□ 记者 张蓓 通讯员 丁延峻 报道"], Byline(reporters: ["张蓓"], correspondents: ["丁延峻"])),
        (["齐鲁晚报·齐鲁壹点记者 马玉姝 通讯员 冯萍"], Byline(reporters: ["马玉姝"], correspondents: ["冯萍"])),
        (["□韩小凤 姚萌"], Byline(reporters: ["韩小凤", "姚萌"])),
        (["记者王明"], Byline(reporters: ["王明"])),
        (["新华社记者 李四 特约通讯员 王五"], Byline(reporters: ["李四"], correspondents: ["王五"])),
    ])
    func readsBylines(lines: [String], expected: Byline) {
        #expect(BylineParser.parse(lines) == expected)
    }

    @Test(arguments: [
        ["记者从区发改局了解到,今年共有项目20个。"],
        ["实施重点项目67个"],
    ])
    func leavesTextAlone(lines: [String]) {
        #expect(BylineParser.parse(lines) == nil)
    }

    @Test(arguments: [
        ("本报青州讯 2月23日,班列发车。", "本报青州讯", nil, "2月23日,班列发车。"),
        ("开发区讯(高庆贺)1月12日,开发区召开会议。", "开发区讯", "高庆贺", "1月12日,开发区召开会议。"),
    ] as [(String, String, String?, String)])
    func readsDatelines(paragraph: String, dateline: String, reporter: String?, rest: String) throws {
        let match = try #require(DatelineParser.match(paragraph))
        #expect(match.dateline == dateline)
        #expect(match.byline?.reporters.first == reporter)
        #expect(match.rest == rest)
    }

    @Test(arguments: ["通讯员告诉记者,复工率已达九成。", "喜讯传来,全区振奋。"])
    func ignoresWordsEndingInXun(paragraph: String) {
        #expect(DatelineParser.match(paragraph) == nil)
    }

    @Test(arguments: [
        ("一句。两句!三句?", ["一句。", "两句!", "三句?"]),
        ("他说:“早投用。”随后离开。", ["他说:“早投用。”", "随后离开。"]),
        ("没有句号的段落", ["没有句号的段落"]),
        ("省略……分号;冒号:都不断句。", ["省略……分号;冒号:都不断句。"]),
    ])
    func splitsSentences(text: String, expected: [String]) {
        #expect(SentenceSplitter.sentences(in: text) == expected)
        #expect(SentenceSplitter.firstSentence(in: text) == expected.first, "the first alone, found without the rest")
    }

    @Test func theFirstSentenceSkipsBlankOnesAndAnEmptyTextHasNone() {
        #expect(SentenceSplitter.firstSentence(in: "。 开工了。第二句。") == "。")
        #expect(SentenceSplitter.firstSentence(in: "  ") == nil)
        #expect(SentenceSplitter.firstSentence(in: "") == nil)
    }

    @Test(arguments: [
        ("2月17日,签约。", ReportDate(year: 2020, month: 2, day: 17)),
        ("2019年6月3日开工", ReportDate(year: 2019, month: 6, day: 3)),
        ("全年投资13个月", nil),
    ] as [(String, ReportDate?)])
    func findsDates(text: String, expected: ReportDate?) {
        #expect(DateFinder.firstDate(in: text, defaultYear: 2020) == expected)
    }
}

/// The splitter's fast path over scalars gives what the path over characters gives, or declines.
@Suite struct SentenceSplitterPathTests {
    @Test(arguments: [
        "2月17日,签约。项目开工!“好!”他说。", "  前后有空格。  中间。 ", "一句没有句号", "", "。", "“引号。”)后。",
        "英文 ABC. 数字1,200元?全角！？（括号）。", "e\u{301}组合字符。后一句。", "回车\r\n换行。", "表情😀。后一句。",
        "①②③。★☆。—…·。", "半角空格\u{3000}全角空格。",
    ])
    func theScalarPathAgreesWithTheCharacterPath(text: String) {
        let characters = SentenceSplitter.characterRanges(in: text)
        if let scalars = SentenceSplitter.scalarRanges(in: text) {
            #expect(scalars == characters)
        }
        #expect(SentenceSplitter.ranges(in: text) == characters)
        #expect(SentenceSplitter.ranges(in: text, upTo: 1) == Array(characters.prefix(1)))
    }

    @Test func textThatCombinesCharactersTakesTheCharacterPath() {
        #expect(SentenceSplitter.scalarRanges(in: "e\u{301}。") == nil)
        #expect(SentenceSplitter.scalarRanges(in: "a\r\nb。") == nil)
        #expect(SentenceSplitter.scalarRanges(in: "项目开工。") != nil)
    }
}

@Suite struct CharacterArrayTests {
    @Test(arguments: ["2月17日,总投资638亿元。", "", "e\u{301}组合", "回车\r\n换行", "表情😀", "①★—…·\u{3000}", "ＡＢＣ１２３"])
    func theArrayIsTheTextsCharacters(text: String) {
        #expect(CharacterArray.of(text) == Array(text))
    }
}
