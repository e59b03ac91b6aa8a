/// The day and year of a fact, from its sentence, the sentence before it, and the article's year.
enum FactDate {
    // Words that place a figure in a period rather than on a day: it takes no day from elsewhere.
    static let periodWords = ["目前", "以来", "今年", "去年", "截至", "截止", "年底", "全年", "近日", "近期", "期间",
                              "当前", "此前", "累计", "至今", "上半年", "下半年", "一季度", "年初", "连日来"]

    /// The year an article is about: the one it names most often, else the page's year.
    static func articleYear(_ paragraphs: [String], pageYear: Int) -> Int {
        var counts: [Int: (count: Int, first: Int)] = [:]
        var position = 0
        for paragraph in paragraphs {
            for year in explicitYears(in: paragraph) {
                counts[year, default: (0, position)].count += 1
                position += 1
            }
        }
        let best = counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }
        return best?.key ?? pageYear
    }

    /// Four-digit years written as `2019年` (Arabic or Chinese digits).
    static func explicitYears(in text: String) -> [Int] {
        guard mayHoldYear(text) else { return [] }
        let characters = Array(text)
        return characters.indices.compactMap { index in
            guard characters[index] == "年",
                  let year = DateFinder.number(endingAt: index, in: characters, maxLength: 4),
                  index - year.start == 4, (1990...2100).contains(year.value) else { return nil }
            return year.value
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

    /// The date of a fact in `sentence`, falling back to the sentence before it when it has no period word.
    static func date(sentence: String, previous: String?, year: Int) -> ReportDate? {
        if let date = DateFinder.firstDate(in: sentence, defaultYear: year) { return date }
        guard !periodWords.contains(where: { sentence.contains($0) }), let previous else { return nil }
        return DateFinder.firstDate(in: previous, defaultYear: year)
    }

    /// The year of a fact: one printed in its sentence, else 今年 or 去年 counted from the article's year.
    static func year(sentence: String, date: ReportDate?, articleYear: Int) -> Int {
        if let printed = explicitYears(in: sentence).first { return printed }
        if sentence.contains("去年") { return articleYear - 1 }
        return date?.year ?? articleYear
    }
}
