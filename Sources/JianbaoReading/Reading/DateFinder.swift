import Foundation

/// Finds the first date in text (`2月17日`, `三月六日`, `２０２０年２月２１日`), with its year when printed or else the given one.
public enum DateFinder {
    /// The first month-and-day date in text.
    public static func firstDate(in text: String, defaultYear: Int) -> ReportDate? {
        all(in: text, defaultYear: defaultYear).first?.date
    }

    /// Every month-and-day date in text, with the character offset where each starts.
    static func all(in text: String, defaultYear: Int) -> [(date: ReportDate, offset: Int)] {
        guard text.contains("月") else { return [] }
        let characters = Array(text)
        var found: [(ReportDate, Int)] = []
        for index in characters.indices where characters[index] == "月" {
            guard let month = number(endingAt: index, in: characters, maxLength: 3), (1...12).contains(month.value),
                  let day = NumberParser.parse(characters, at: index + 1), day.range.upperBound < characters.count,
                  characters[day.range.upperBound] == "日" || characters[day.range.upperBound] == "号",
                  let dayValue = Int(exactly: day.value), (1...31).contains(dayValue) else { continue }
            var year = defaultYear
            var start = month.start
            if start > 0, characters[start - 1] == "年",
               let printed = number(endingAt: start - 1, in: characters, maxLength: 4), (1900...2100).contains(printed.value) {
                year = printed.value
                start = printed.start
            }
            found.append((ReportDate(year: year, month: month.value, day: dayValue), start))
        }
        return found
    }

    /// The whole number written right before `end`, read back over at most `maxLength` characters.
    static func number(endingAt end: Int, in characters: [Character], maxLength: Int) -> (value: Int, start: Int)? {
        var start = end
        while start > 0, end - start < maxLength, NumberParser.startsNumber(characters[start - 1]) { start -= 1 }
        guard start < end, let parsed = NumberParser.parse(characters, at: start), parsed.range.upperBound == end,
              let value = Int(exactly: parsed.value) else { return nil }
        return (value, start)
    }
}

extension Int {
    init?(exactly decimal: Decimal) {
        guard decimal == decimal.rounded(), let value = Int(exactly: NSDecimalNumber(decimal: decimal).doubleValue) else { return nil }
        self = value
    }
}
