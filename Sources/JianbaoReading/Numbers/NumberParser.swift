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
        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
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
    }

    private static let numberStartScalars = chineseDigits.keys + smallUnits.keys

    /// The number starting at `start`, or nil when there is none or it is malformed (`一亿亿`, `3..5`).
    static func parse(_ text: [Character], at start: Int) -> Parsed? {
        var total: Decimal = 0, wan: Decimal = 0, section: Decimal = 0
        var current: Decimal?
        var lastBig = Decimal.greatestFiniteMagnitude, lastSmall = Decimal.greatestFiniteMagnitude
        var previousWasChineseDigit = false
        var sawNumber = false
        var approx: String?
        var index = start
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
                index = end
            } else if let digit = chineseDigits[character] {
                if let value = current {
                    // 二〇二〇 and 一百零五: digits in a row read as a digit string.
                    guard previousWasChineseDigit else { break scanning }
                    current = value * 10 + Decimal(digit)
                } else {
                    current = Decimal(digit)
                }
                sawNumber = true
                previousWasChineseDigit = true
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
                previousWasChineseDigit = false
            } else if let unit = smallUnits[character] {
                guard unit < lastSmall else { return nil }
                section += (current ?? 1) * unit
                current = nil
                lastSmall = unit
                sawNumber = true
                previousWasChineseDigit = false
                index += 1
            } else if var unit = bigUnits[character] {
                var width = 1
                if character == "万", index + 1 < text.count, text[index + 1] == "亿" {
                    unit = 1_000_000_000_000
                    width = 2
                }
                let value = section + (current ?? 0)
                guard sawNumber else { break scanning }
                guard unit < lastBig, value != 0 else { return nil }
                if unit >= 100_000_000 {
                    total = (total + wan + value) * unit
                    wan = 0
                } else {
                    wan = value * unit
                }
                section = 0
                current = nil
                lastBig = unit
                lastSmall = .greatestFiniteMagnitude
                previousWasChineseDigit = false
                index += width
            } else if (character == "多" || character == "余"), sawNumber, approx == nil,
                      index + 1 < text.count, bigUnits[text[index + 1]] != nil || smallUnits[text[index + 1]] != nil {
                // 100多万元, 十余亿元: the marker sits before the unit it qualifies.
                approx = String(character)
                index += 1
            } else {
                break
            }
        }
        guard sawNumber else { return nil }
        return Parsed(value: total + wan + section + (current ?? 0), range: start..<index, approx: approx)
    }

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
