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
        "", "abc", "—", "㐀㐁", "𠀀项目",
    ])
    func slugsAreTheWordsICUWritesForTheWholeText(text: String) {
        #expect(Slug.slug(fromLatin: Pinyin.latin([text])[0], limit: 200) == Self.wholeSlug(text))
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
