import Foundation

/// A quantity written in text: an amount of money, a count of things, or a percentage.
public struct Quantity: Sendable, Hashable {
    public enum Unit: Sendable, Hashable {
        /// Money in a currency's base unit: `CNY` for 元, `USD` for 美元.
        case money(currency: String)
        /// A count with its measure word: 个, 家, 户, 人 ….
        case count(String)
        case percent
    }

    public var value: Decimal
    public var unit: Unit
    /// The qualifier written next to the number: 约 近 超 超过 逾 余 多 左右.
    public var approx: String?
    /// Character offsets from the number (or a qualifier before it) to the end of its unit.
    public var range: Range<Int>

    public var isMoney: Bool { if case .money = unit { true } else { false } }
}

/// Finds every quantity in a piece of text, left to right.
public enum QuantityScanner {
    static let currencies: [(String, String)] = [
        ("美元", "USD"), ("欧元", "EUR"), ("港元", "HKD"), ("港币", "HKD"), ("日元", "JPY"), ("英镑", "GBP"),
        ("韩元", "KRW"), ("澳元", "AUD"), ("加元", "CAD"), ("卢布", "RUB"), ("人民币", "CNY"), ("元", "CNY"),
        // 圆 is 元 as cheques and contracts write it (壹佰圆整).
        ("圆", "CNY"),
    ]
    static let measureWords: ScalarSet = ["个", "家", "户", "人", "名", "项", "处", "次", "条", "支", "座", "所", "间", "台", "辆", "列", "批", "宗"]
    static let leadingQualifiers = ["超过", "大约", "将近", "约", "近", "超", "逾"]
    // 几百万元 and 数千万元 are vague: no value is made up for them.
    static let vagueMarkers: ScalarSet = ["几", "数"]

    public static func quantities(in text: String) -> [Quantity] {
        quantities(in: CharacterArray.of(text))
    }

    /// The quantities in text already split into characters; ranges are offsets into `characters`.
    static func quantities(in characters: [Character]) -> [Quantity] {
        var found: [Quantity] = []
        var index = 0
        while index < characters.count {
            if matches("百分之", characters, at: index), let number = NumberParser.parse(characters, at: index + 3) {
                found.append(Quantity(value: number.value, unit: .percent, approx: number.approx, range: index..<number.range.upperBound))
                index = number.range.upperBound
                continue
            }
            guard NumberParser.startsNumber(characters[index]),
                  index == 0 || !NumberParser.startsNumber(characters[index - 1]) else {
                index += 1
                continue
            }
            guard let number = NumberParser.parse(characters, at: index) else {
                // A malformed number (3..5, 一亿亿) is skipped whole, so no part of it becomes a value.
                index += 1
                while index < characters.count, NumberParser.isNumberCharacter(characters[index]) { index += 1 }
                continue
            }
            index = max(index + 1, number.range.upperBound)
            if let quantity = quantity(number, in: characters) {
                found.append(quantity)
                index = max(index, quantity.range.upperBound)
            }
        }
        return found
    }

    // The unit after a number makes it a quantity; qualifiers either side say how exact it is.
    private static func quantity(_ number: NumberParser.Parsed, in characters: [Character]) -> Quantity? {
        var start = number.range.lowerBound
        if start > 0, vagueMarkers.contains(characters[start - 1]) { return nil }
        var end = number.range.upperBound
        var approx = number.approx
        if approx == nil, end < characters.count, characters[end] == "多" || characters[end] == "余" {
            approx = String(characters[end])
            end += 1
        }
        guard let (unit, unitEnd) = unit(characters, at: end) else { return nil }
        if let qualifier = leadingQualifiers.first(where: { matches($0, characters, endingAt: start) }),
           !isInsideWord(qualifier, characters, endingAt: start) {
            if approx == nil { approx = qualifier }
            start -= qualifier.count
        }
        end = unitEnd
        if matches("左右", characters, at: end) {
            approx = approx ?? "左右"
            end += 2
        }
        return Quantity(value: number.value, unit: unit, approx: approx, range: start..<end)
    }

    /// The money amounts only.
    public static func amounts(in text: String) -> [Quantity] {
        mayHoldMoney(text) ? quantities(in: text).filter(\.isMoney) : []
    }

    // Every currency word ends in one of these; most text has none, and a scalar scan is cheap.
    private static let currencyEnds: [UInt32] = Array(Set(currencies.compactMap { $0.0.unicodeScalars.last?.value }))

    /// False when `text` cannot hold an amount of money, because no currency word ends in it.
    public static func mayHoldMoney(_ text: String) -> Bool {
        text.unicodeScalars.contains { currencyEnds.contains($0.value) }
    }

    private static func unit(_ characters: [Character], at index: Int) -> (Quantity.Unit, Int)? {
        guard index < characters.count else { return nil }
        if let (word, code) = currencies.first(where: { matches($0.0, characters, at: index) }) {
            return (.money(currency: code), index + word.count)
        }
        if characters[index] == "%" || characters[index] == "％" { return (.percent, index + 1) }
        if measureWords.contains(characters[index]) { return (.count(String(characters[index])), index + 1) }
        return nil
    }

    // 签约10亿元 and 最近5年: the qualifier is the end of another word.
    static let wordsEndingInQualifiers: [String: ScalarSet] = [
        "约": ["签", "预", "合", "制", "公", "条", "邀", "节", "契", "履", "相", "特"], "近": ["最", "临", "附", "就", "靠", "邻"],
        "超": ["赶"], "逾": [],
    ]

    private static func isInsideWord(_ qualifier: String, _ characters: [Character], endingAt index: Int) -> Bool {
        let before = index - qualifier.count - 1
        guard before >= 0, let stems = wordsEndingInQualifiers[qualifier] else { return false }
        return stems.contains(characters[before])
    }

    static func matches(_ word: String, _ characters: [Character], at index: Int) -> Bool {
        guard index >= 0 else { return false }
        var position = index
        for character in word {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }

    /// The offset in `characters` where `word` first occurs, or nil.
    static func offset(of word: String, in characters: [Character]) -> Int? {
        guard let first = word.first else { return 0 }
        return characters.indices.first { characters[$0] == first && matches(word, characters, at: $0) }
    }

    static func matches(_ word: String, _ characters: [Character], endingAt index: Int) -> Bool {
        index >= word.count && matches(word, characters, at: index - word.count)
    }
}
