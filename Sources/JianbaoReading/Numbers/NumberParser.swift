import Foundation

/// Reads a number as Chinese text writes it: `1,200.5`, `６３８`, `一百二十`, `二〇二〇`, `三点五`, `5亿8000万`, `1.2万亿`.
enum NumberParser {
    /// A number found in text: its value, where it is, and a 多 or 余 written inside it (`100多万`).
    struct Parsed: Sendable, Hashable {
        var value: Decimal
        /// Character offsets of the number in the text it was read from.
        var range: Range<Int>
        var approx: String?
    }

    static let chineseDigits: ScalarMap<Int> = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9, "兩": 2,
    ]
    static let smallUnits: ScalarMap<Decimal> = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]
    static let bigUnits: ScalarMap<Decimal> = ["万": 10_000, "亿": 100_000_000]

    /// Whether a character can be part of a number.
    static func isNumberCharacter(_ character: Character) -> Bool {
        startsNumber(character) || bigUnits[character] != nil || ".．,,点".contains(character)
    }

    /// Whether a character can start a number.
    static func startsNumber(_ character: Character) -> Bool {
        // Asked of every character a quantity scan passes: one scalar test for the common case.
        if let value = character.plainScalar {
            return (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) || numberStartScalars.contains(value)
        }
        return asciiDigit(character) != nil || chineseDigits[character] != nil || smallUnits[character] != nil
            || oldTens[character] != nil
    }

    private static let numberStartScalars = chineseDigits.keys + smallUnits.keys + oldTens.keys

    /// The number starting at `start`, or nil when there is none or it is malformed (`一亿亿`, `3..5`).
    ///
    /// Besides the written forms it reads 零 as a gap (`一千零十` is 1010), the old tens (`廿二` is 22),
    /// 万 before 亿 (`一千万亿`), and the spoken forms that drop the last unit (`两千六` is 2600,
    /// `三万五` is 35000, `一百二` is 120).
    static func parse(_ text: [Character], at start: Int) -> Parsed? {
        var total: Decimal = 0, wan: Decimal = 0, section: Decimal = 0
        var current: Decimal?
        var lastBig = Decimal.greatestFiniteMagnitude, lastSmall = Decimal.greatestFiniteMagnitude
        var sawYi = false
        var previousWasChineseDigit = false
        // The unit written right before the current digit, when nothing came between: a lone digit
        // that ends the number there stands for the next lower unit (两千六: 六 is 六百).
        var unitBefore: Decimal?
        var spokenScale: Decimal?
        var sawNumber = false
        var approx: String?
        var index = start
        // The spoken form's digit, scaled, once it is known to end its section.
        func settled() -> Decimal {
            guard let value = current else { return 0 }
            return spokenScale.map { value * $0 } ?? value
        }
        scanning: while index < text.count {
            let character = text[index]
            if asciiDigit(character) != nil {
                guard current == nil, let (value, end) = arabic(text, at: index) else {
                    if current == nil { return nil }
                    break scanning
                }
                current = value
                sawNumber = true
                previousWasChineseDigit = false
                unitBefore = nil
                spokenScale = nil
                index = end
            } else if let digit = chineseDigits[character] {
                if let value = current {
                    // 二〇二〇 and 一九九八: digits in a row read as a digit string.
                    guard previousWasChineseDigit else { break scanning }
                    current = value * 10 + Decimal(digit)
                    spokenScale = nil
                } else if digit == 0, sawNumber {
                    // 零 after a unit only says that a unit is skipped: 一千零十, 一万零百一十一.
                    unitBefore = nil
                    index += 1
                    continue
                } else {
                    current = Decimal(digit)
                    spokenScale = unitBefore.flatMap { $0 >= 100 ? $0 / 10 : nil }
                }
                sawNumber = true
                previousWasChineseDigit = true
                unitBefore = nil
                index += 1
            } else if character == "点", let value = current, previousWasChineseDigit,
                      index + 1 < text.count, chineseDigits[text[index + 1]] != nil {
                var fraction: Decimal = 0, scale: Decimal = 1
                index += 1
                while index < text.count, let digit = chineseDigits[text[index]] {
                    scale /= 10
                    fraction += Decimal(digit) * scale
                    index += 1
                }
                current = value + fraction
                spokenScale = nil
                previousWasChineseDigit = false
            } else if let tens = oldTens[character] {
                // 廿, 卅, 卌: twenty, thirty, forty, in the tens' place.
                guard current == nil, 10 < lastSmall else { return nil }
                section += tens
                lastSmall = 10
                sawNumber = true
                previousWasChineseDigit = false
                unitBefore = nil
                index += 1
            } else if let unit = smallUnits[character] {
                // 千百 has no digit for its second unit: vague, not a number (十 alone is 一十: 一百十一).
                guard unit < lastSmall, current != nil || unit == 10 || unitBefore.map({ $0 >= 10_000 }) ?? true else { return nil }
                section += (current ?? 1) * unit
                current = nil
                spokenScale = nil
                lastSmall = unit
                sawNumber = true
                previousWasChineseDigit = false
                unitBefore = unit
                index += 1
            } else if var unit = bigUnits[character] {
                var width = 1
                if character == "万", index + 1 < text.count, text[index + 1] == "亿" {
                    unit = 1_000_000_000_000
                    width = 2
                }
                let value = section + settled()
                guard sawNumber else { break scanning }
                // 万 may come before 亿 once, when no 亿 has: 一千一百一十一万……亿 counts 万 of 亿.
                let wanOfYi = unit == 100_000_000 && lastBig == 10_000 && !sawYi
                guard unit < lastBig || wanOfYi, value != 0 || wanOfYi else { return nil }
                if unit >= 100_000_000 {
                    total = (total + wan + value) * unit
                    wan = 0
                    sawYi = true
                } else {
                    wan = value * unit
                }
                section = 0
                current = nil
                spokenScale = nil
                lastBig = unit
                lastSmall = .greatestFiniteMagnitude
                previousWasChineseDigit = false
                unitBefore = unit
                index += width
            } else if (character == "多" || character == "余"), sawNumber, approx == nil,
                      index + 1 < text.count, bigUnits[text[index + 1]] != nil || smallUnits[text[index + 1]] != nil {
                // 100多万元, 十余亿元: the marker sits before the unit it qualifies.
                approx = String(character)
                spokenScale = nil
                index += 1
            } else {
                break
            }
        }
        guard sawNumber else { return nil }
        return Parsed(value: total + wan + section + settled(), range: start..<index, approx: approx)
    }

    static let oldTens: ScalarMap<Decimal> = ["廿": 20, "卅": 30, "卌": 40]

    /// An Arabic number with an optional decimal point (`.` or `．`) and thousands separators.
    static func arabic(_ text: [Character], at start: Int) -> (Decimal, Int)? {
        var digits = ""
        var index = start
        var sawPoint = false
        var sawSeparator = false
        var group = 0
        while index < text.count {
            if let digit = asciiDigit(text[index]) {
                digits.append(digit)
                group += 1
                index += 1
            } else if text[index] == "." || text[index] == "．" {
                let next = index + 1 < text.count ? text[index + 1] : nil
                // 3..5 or 3.5.6: a malformed number has no value; a full stop after a number ends it.
                if let next, next == "." || next == "．" { return nil }
                guard let next, asciiDigit(next) != nil else { break }
                if sawPoint { return nil }
                sawPoint = true
                digits.append(".")
                group = 0
                index += 1
            } else if text[index] == ",", !sawPoint,
                      sawSeparator ? group == 3 : (1...3).contains(group), isGroupOfThree(text, after: index) {
                // 1,200 and 12,345,678; `15,占比` is a clause break.
                sawSeparator = true
                group = 0
                index += 1
            } else {
                break
            }
        }
        guard !digits.isEmpty, let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return (value, index)
    }

    private static func isGroupOfThree(_ text: [Character], after comma: Int) -> Bool {
        for offset in 1...3 {
            guard comma + offset < text.count, asciiDigit(text[comma + offset]) != nil else { return false }
        }
        return comma + 4 >= text.count || asciiDigit(text[comma + 4]) == nil
    }

    static func asciiDigit(_ character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return character
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        default: return nil
        }
    }
}

extension Decimal {
    /// The value rounded to a whole number.
    func rounded() -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}
