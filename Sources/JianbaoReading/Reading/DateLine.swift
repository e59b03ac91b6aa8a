/// Recognises lines that are only a date, as on a masthead or a ceremony backdrop.
enum DateLine {
    /// `2020年2月`, `2020年2月21日`, `2月21日` or the same with a weekday, and nothing else.
    static func isDateOnly(_ line: String) -> Bool {
        guard line.utf8.count <= 64 else { return false }
        var rest = Substring(FullWidth.folded(line).trimmingWhitespace())
        var parts = 0
        for marker in ["年", "月", "日"] as [Character] {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, rest.dropFirst(digits.count).first == marker else { continue }
            rest = rest.dropFirst(digits.count + 1)
            parts += 1
        }
        let weekday = rest.trimmingWhitespace()
        let isWeekday = weekday.isEmpty || (weekday.hasPrefix("星期") && weekday.count == 3) || (weekday.hasPrefix("周") && weekday.count == 2)
        return parts >= 2 && isWeekday
    }

    /// A page's masthead: a paper's name with the full date and weekday, such as `某某日报 2020年3月5日 星期四`.
    static func isMasthead(_ line: String) -> Bool {
        guard line.utf8.count <= 160 else { return false }
        let folded = FullWidth.folded(line)
        guard folded.contains("星期") || isDateOnly(folded) else { return false }
        return DateFinder.firstDate(in: folded, defaultYear: 0).map { $0.year != 0 } ?? false
    }
}
