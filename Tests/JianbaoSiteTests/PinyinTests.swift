import Foundation
import Testing
@testable import JianbaoSite

/// Pinyin through a table of characters spells texts into the same slug words as ICU spells them whole.
@Suite struct PinyinTests {
    static func wholeSlug(_ text: String) -> String {
        let latin = text.applyingTransform(StringTransform("Han-Latin; Latin-ASCII"), reverse: false) ?? text
        return Slug.slug(fromLatin: latin, limit: 200)
    }

    @Test(arguments: [
        "张店区召开会议", "张店区2020年重点项目", "2月17日,淄博市举行签约仪式", "ABC项目 一期", "“星沙企业贷”助中小企业纾困",
        "项目A区", "《项目》开工", "Ｇ２０峰会", "第３版", "吴江区二季度41个重大项目集中开工 暨盛泽纺织科创园奠基仪式举行",
        "", "abc", "—", "㐀㐁", "𠀀项目", "〇々项目·一期", "“张店”、《开工》…", "café项目", "e\u{301}项目", 
        "\u{1F1E8}\u{1F1F3}项目", "ｶﾞ项目", "项目\r\n开工",
    ])
    func slugsAreTheWordsICUWritesForTheWholeText(text: String) {
        #expect(Slug.slug(fromLatin: Pinyin.latin([text])[0], limit: 200) == Self.wholeSlug(text))
    }

    // ICU reads some mixes in context (〇〇, a letter before 〇) where the table does not; reading
    // by scalar must change nothing of what reading by character spells.
    @Test func textsReadScalarByScalarSpellAsTextsReadByCharacter() {
        let pieces = ["张", "店", "开", "工", "年", "A", "b", "3", " ", "-", "·", "“", "”", "、", "。", "《", "》", "〇", "々",
                      "é", "Ｇ", "１", "…", "—", "e\u{301}", "\u{200D}", "㐀"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Pinyin.latin([text]) == Pinyin.latin([text], byScalar: false), "\(text)")
        }
    }

    @Test func theSameTextAlwaysGivesTheSameSpelling() {
        let texts = ["张店区召开会议", "临淄区项目开工", "张店区召开会议"]
        #expect(Pinyin.latin(texts) == Pinyin.latin(texts.reversed()).reversed())
        #expect(Pinyin.latin(texts)[0] == Pinyin.latin([texts[0]])[0])
    }

    @Test func placeNamesAreSpelledWholeAsICUReadsThemInContext() {
        #expect(Slug.makeAll(["重庆市", "长安区"], names: true) == [Self.wholeSlug("重庆市"), Self.wholeSlug("长安区")])
        #expect(Slug.makeAll(["重庆市"], names: true) == ["chong-qing-shi"])
    }
}
