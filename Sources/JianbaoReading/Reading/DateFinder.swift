/// Finds the first `M月D日` date in text, with its year when printed or else the given one.
enum DateFinder {
    static func firstDate(in text: String, defaultYear: Int) -> ReportDate? {
        let characters = Array(FullWidth.folded(text))
        var index = 0
        while index < characters.count {
            if characters[index] == "月", let month = number(before: index, in: characters),
               let (day, after) = number(after: index, in: characters), after < characters.count, characters[after] == "日",
               (1...12).contains(month.value), (1...31).contains(day) {
                var year = defaultYear
                let yearEnd = month.start - 1
                if yearEnd >= 0, characters[yearEnd] == "年", let printed = number(before: yearEnd, in: characters),
                   (1900...2100).contains(printed.value) {
                    year = printed.value
                }
                return ReportDate(year: year, month: month.value, day: day)
            }
            index += 1
        }
        return nil
    }

    private static func number(before end: Int, in characters: [Character]) -> (value: Int, start: Int)? {
        var start = end
        while start > 0, characters[start - 1].isASCII, characters[start - 1].isNumber, end - start < 4 { start -= 1 }
        guard start < end, let value = Int(String(characters[start..<end])) else { return nil }
        return (value, start)
    }

    private static func number(after marker: Int, in characters: [Character]) -> (Int, Int)? {
        var end = marker + 1
        while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - marker <= 2 { end += 1 }
        guard end > marker + 1, let value = Int(String(characters[(marker + 1)..<end])) else { return nil }
        return (value, end)
    }
}
