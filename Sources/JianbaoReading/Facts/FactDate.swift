/// The day and year of a fact, from its sentence, the sentence before it, and the article's year.
enum FactDate {
    // Words that place a figure in a period rather than on a day: it takes no day from elsewhere.
    static let periodWords = ["目前", "以来", "今年", "去年", "截至", "截止", "年底", "全年", "近日", "近期", "期间",
                              "当前", "此前", "累计", "至今", "上半年", "下半年", "一季度", "年初", "连日来"]

    /// The year of a page whose masthead prints none: the year its text names most, the latest of
    /// those named as often; targets (`到2025年`, `2025年前`, `2025年,该区将…`) are left out.
    static func pageYear(_ paragraphs: [String], default defaultYear: Int) -> Int {
        var counts: [Int: Int] = [:]
        for paragraph in paragraphs {
            let characters = CharacterArray.of(paragraph)
            for year in yearPositions(in: paragraph) where !isTarget(characters, start: year.start, end: year.end) {
                counts[year.value, default: 0] += 1
            }
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? defaultYear
    }

    static let targetLeads = ["到", "至", "力争", "预计", "计划", "将于", "将在", "争取"]
    static let targetTails: Set<Character> = ["前"]

    static let clauseEnds: ScalarSet = [",", "。", ";", "!", "?"]

    // `到2025年`, `力争2025年建成`, `2025年前`, `2025年底前`, `2020年,开发区将…`: a year aimed at, not
    // the one reported.
    static func isTarget(_ characters: [Character], start: Int, end: Int) -> Bool {
        let before = String(characters[max(0, start - 2)..<start])
        if targetLeads.contains(where: { before.hasSuffix($0) }) { return true }
        let after = characters[(end + 1)...].prefix(2)
        if after.first.map(targetTails.contains) == true || Array(after) == ["底", "前"] { return true }
        // The year's clause and the one after it, up to the second clause break.
        var breaks = 0
        for character in characters[(end + 1)...] {
            if clauseEnds.contains(character) {
                breaks += 1
                if breaks == 2 || character == "。" { break }
            } else if character == "将" {
                return true
            }
        }
        return false
    }

    /// Four-digit years written as `2019年` (Arabic or Chinese digits).
    static func explicitYears(in text: String) -> [Int] {
        yearPositions(in: text).map(\.value)
    }

    /// Each four-digit year with the character offsets of its first digit and of its 年.
    static func yearPositions(in text: String) -> [(value: Int, start: Int, end: Int)] {
        guard mayHoldYear(text) else { return [] }
        let characters = CharacterArray.of(text)
        return characters.indices.compactMap { index in
            guard characters[index] == "年",
                  let year = DateFinder.number(endingAt: index, in: characters, maxLength: 4),
                  index - year.start == 4, (1990...2100).contains(year.value) else { return nil }
            return (year.value, year.start, index)
        }
    }

    // Most 年 in report text follow a word (今年, 全年), not a digit; only text with a number scalar
    // before some 年 is split into characters. A combining mark passes too: with the scalar before
    // it, it may make a character that equals a digit.
    static func mayHoldYear(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "年", let before = previous,
               NumberParser.startsNumber(Character(before)) || before.properties.canonicalCombiningClass != .notReordered {
                return true
            }
            previous = scalar
        }
        return false
    }

    /// The date of a fact in `sentence`, falling back to the sentence before it when it has no period
    /// word; `dispatch`, a dateline's date, gives the month of a day printed alone.
    static func date(sentence: String, previous: String?, year: Int, dispatch: ReportDate? = nil) -> ReportDate? {
        if let date = DateFinder.firstDate(in: sentence, defaultYear: year, context: dispatch) { return date }
        guard !periodWords.contains(where: { sentence.contains($0) }), let previous else { return nil }
        return DateFinder.firstDate(in: previous, defaultYear: year, context: dispatch)
    }

    /// The year of a fact: one printed in its sentence, else 今年 or 去年 counted from the article's year.
    static func year(sentence: String, date: ReportDate?, articleYear: Int) -> Int {
        if let printed = explicitYears(in: sentence).first { return printed }
        if sentence.contains("去年") { return articleYear - 1 }
        return date?.year ?? articleYear
    }
}
