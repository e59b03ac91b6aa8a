import Testing
import JianbaoReading

/// Literal search compares UTF-8 bytes: the first occurrence's byte offset, in strings and substrings.
@Suite struct LiteralSearchTests {
    @Test(arguments: [
        ("总投资38亿元", "亿元", 11),
        ("总投资38亿元", "总", 0),
        ("aaab", "aab", 1),
        ("abab", "bab", 1),
        ("<p><em>图</em></p>", "</em></p>", 10),
        ("亿元亿元", "元亿", 3),
        ("投资", "投资额", nil),
        ("投资", "", 0),
        ("", "a", nil),
        ("亿", "\u{4EBF}", 0),
        // Bytes, not characters: a combining mark after the word still leaves the word's bytes in place.
        ("cafe\u{301}", "cafe", 0),
        ("元元元", "元元元元", nil),
    ] as [(String, String, Int?)])
    func findsTheFirstOccurrenceByBytes(_ text: String, _ word: String, _ offset: Int?) {
        #expect(text.utf8Offset(of: word) == offset)
        #expect(text.contains(word) == (offset != nil))
        // The same text as the tail of a longer string: offsets count from the substring's start.
        let longer = "前缀ab" + text
        let tail = longer[longer.utf8.index(longer.startIndex, offsetBy: "前缀ab".utf8.count)...]
        #expect(tail.utf8Offset(of: word) == offset)
    }
}
