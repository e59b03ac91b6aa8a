import Testing
@testable import JianbaoReading

/// The fast paths added for speed answer exactly as the character-based code they replaced.
@Suite struct ScalarTestsTests {
    @Test(arguments: [
        ("。", true), ("!", true), (",", false), ("a", false),
        ("。\u{301}", false),  // a mark on the full stop makes another character, as with Set<Character>
    ])
    func scalarSetsMatchCharacterSets(text: String, expected: Bool) throws {
        let character = try #require(text.first)
        #expect(SentenceSplitter.enders.contains(character) == expected)
        #expect(SentenceSplitter.enders.contains(character) == (["。", "!", "?", "!", "?"] as Set<Character>).contains(character))
    }

    @Test func compatibilityIdeographsStillEqualTheirUnifiedForms() {
        // U+F9D1 is canonically 六: Character equality says so, and the digit table must too.
        let compatibilitySix = Character("\u{F9D1}")
        #expect(compatibilitySix == "六")
        #expect(NumberParser.chineseDigits[compatibilitySix] == 6)
        #expect(NumberParser.startsNumber(compatibilitySix))
    }

    @Test(arguments: [("", 0, true), ("张店区", 3, true), ("张店区", 2, false), (String(repeating: "字", count: 61), 60, false),
                      ("e\u{301}e\u{301}", 2, true)])
    func hasAtMostCountsCharacters(text: String, limit: Int, expected: Bool) {
        #expect(text.hasAtMost(limit) == expected)
        #expect(text.hasAtMost(limit) == (text.count <= limit))
    }

    @Test(arguments: [("2020年2月", true), ("二〇二〇年", true), ("今年以来", false), ("全年投资", false), ("２０２０年", true), ("", false)])
    func yearsAreLookedForOnlyAfterADigit(text: String, expected: Bool) {
        #expect(FactDate.mayHoldYear(text) == expected)
        if !expected { #expect(FactDate.explicitYears(in: text).isEmpty) }
    }

    @Test func placeNamesAreFoundLongestFirst() {
        let mentions = Gazetteer.china.mentions(in: "淄博市张店区和张店的项目")
        #expect(mentions.map(\.name) == ["淄博市", "张店区", "张店"])
        #expect(mentions[2].next == "的")
    }
}
