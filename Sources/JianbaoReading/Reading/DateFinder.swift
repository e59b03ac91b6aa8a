import Foundation

/// Finds the first date in text (`2月17日`, `三月六日`, `２０２０年２月２１日`), with its year when printed or else the given one.
public enum DateFinder {
    /// The first month-and-day date in text; with a dispatch's date as `context`, a day alone
    /// (`记者20日从…获悉`) is of that date's month.
    public static func firstDate(in text: String, defaultYear: Int, context: ReportDate? = nil) -> ReportDate? {
        if let date = all(in: text, defaultYear: defaultYear).first?.date { return date }
        guard let context, text.contains("日"), let day = firstDay(in: text) else { return nil }
        // A day after the context's is of the month before: a 3月2日 page's `28日` is 2月28日.
        var month = context.month, year = context.year
        if day > context.day {
            month -= 1
            if month == 0 { (month, year) = (12, year - 1) }
        }
        let date = ReportDate(year: year, month: month, day: day)
        return isReal(date) ? date : nil
    }

    // `20日` with no month before it and not a span of days (`15日内`).
    static func firstDay(in text: String) -> Int? {
        let characters = CharacterArray.of(text)
        for index in characters.indices where characters[index] == "日" {
            guard let day = number(endingAt: index, in: characters, maxLength: 2), (1...31).contains(day.value) else { continue }
            if day.start > 0, "月年个第".contains(characters[day.start - 1]) || NumberParser.startsNumber(characters[day.start - 1]) { continue }
            if index + 1 < characters.count, "内前后".contains(characters[index + 1]) { continue }
            return day.value
        }
        return nil
    }

    /// Every month-and-day date in text, with the character offset where each starts.
    static func all(in text: String, defaultYear: Int) -> [(date: ReportDate, offset: Int)] {
        written(in: text, defaultYear: defaultYear).filter { isReal($0.date) }
    }

    /// Dates written in text that no calendar has (`2月30日`, `4月31日`), as printed.
    static func impossible(in text: String, defaultYear: Int) -> [String] {
        // Only days from the 29th on can be missing from a month, and months past 12 are never read.
        guard mayHoldLateDay(text) else { return [] }
        let characters = CharacterArray.of(text)
        return written(in: text, defaultYear: defaultYear).filter { !isReal($0.date) }.map { found in
            let end = characters[found.offset...].firstIndex { $0 == "日" || $0 == "号" } ?? characters.count - 1
            return String(characters[found.offset...end])
        }
    }

    // The last digit of the 29th, 30th and 31st, in every way of writing them (廿九, 卅, 三十).
    static let lateDayEnds: Set<UInt32> = Set("901９０１九十一卅".unicodeScalars.map(\.value))

    // One pass over the scalars: a 日 right after such a digit, with a 月 before it.
    static func mayHoldLateDay(_ text: String) -> Bool {
        var sawMonth = false
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            if scalar == "月" { sawMonth = true }
            if scalar == "日", sawMonth, lateDayEnds.contains(previous) { return true }
            previous = scalar.value
        }
        return false
    }

    static let monthLengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    static func isReal(_ date: ReportDate) -> Bool {
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0)
        let length = date.month == 2 && !leap ? 28 : monthLengths[date.month - 1]
        return date.day <= length
    }

    // Month-and-day dates of months 1 to 12 and days 1 to 31, real or not.
    private static func written(in text: String, defaultYear: Int) -> [(date: ReportDate, offset: Int)] {
        guard text.contains("月") else { return [] }
        let characters = CharacterArray.of(text)
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
