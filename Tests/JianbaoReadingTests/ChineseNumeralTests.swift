import Foundation
import Testing
@testable import JianbaoReading

/// Chinese numerals as amounts of money: every case of PyPI cn2an's own test suite that can be money.
///
/// The cases are the positive, whole-元 entries of `strict_data_dict` in cn2an's `cn2an/cn2an_test.py`
/// (github.com/Ailln/cn2an, MIT licence, copyright 2017 Ailln), values only, and the spoken forms of its
/// `normal_data_dict`; each is read as `总投资…元`.
@Suite struct ChineseNumeralTests {
    static let strict: [(String, Int)] = [
        ("一", 1),
        ("十", 10),
        ("十一", 11),
        ("一十一", 11),
        ("二十", 20),
        ("二十一", 21),
        ("一百", 100),
        ("一百零一", 101),
        ("一百一十", 110),
        ("一百一十一", 111),
        ("一千", 1000),
        ("一千一百", 1100),
        ("一千一百一十", 1110),
        ("一千一百一十一", 1111),
        ("一千零一十", 1010),
        ("一千零十", 1010),
        ("一千零十一", 1011),
        ("一千零一十一", 1011),
        ("一千零一", 1001),
        ("一千一百零一", 1101),
        ("一万一千一百一十一", 11111),
        ("一十一万一千一百一十一", 111111),
        ("一百一十一万一千一百一十一", 1111111),
        ("一千一百一十一万一千一百一十一", 11111111),
        ("一亿一千一百一十一万一千一百一十一", 111111111),
        ("一十一亿一千一百一十一万一千一百一十一", 1111111111),
        ("一百一十一亿一千一百一十一万一千一百一十一", 11111111111),
        ("一千一百一十一亿一千一百一十一万一千一百一十一", 111111111111),
        ("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", 1111111111111111),
        ("壹", 1),
        ("拾", 10),
        ("拾壹", 11),
        ("壹拾壹", 11),
        ("壹佰壹拾壹", 111),
        ("壹仟壹佰壹拾壹", 1111),
        ("壹万壹仟壹佰壹拾壹", 11111),
        ("壹拾壹万壹仟壹佰壹拾壹", 111111),
        ("壹佰壹拾壹万壹仟壹佰壹拾壹", 1111111),
        ("壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 11111111),
        ("壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 111111111),
        ("壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 1111111111),
        ("壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 11111111111),
        ("壹仟壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 111111111111),
        ("壹拾壹元整", 11),
        ("壹佰壹拾壹圆整", 111),
        ("壹拾壹元正", 11),
        ("壹拾壹圆正", 11),
        ("十万", 100000),
        ("十万零一", 100001),
        ("一万零一", 10001),
        ("一万零一十一", 10011),
        ("一万零一百一十一", 10111),
        ("一万零百一十一", 10111),
        ("一十万零一", 100001),
        ("一百万零一", 1000001),
        ("一千万零一", 10000001),
        ("一千零一万一千零一", 10011001),
        ("一千零一万零一", 10010001),
        ("一亿零一", 100000001),
        ("一十亿零一", 1000000001),
        ("一百亿零一", 10000000001),
        ("一千零一亿一千零一万一千零一", 100110011001),
        ("一千亿一千万一千零一", 100010001001),
        ("一千亿零一", 100000000001),
        ("廿二", 22),
    ]

    /// The forms people say, which drop the last unit or skip one with 零.
    static let spoken: [(String, Int)] = [
        ("三万五", 35000),
        ("十三万五", 135000),
        ("两千六", 2600),
        ("一百二", 120),
        ("一百十一", 111),
        ("一百十六", 116),
        ("一千一十", 1010),
        ("一百二十万三", 1203000),
        ("十万零一千", 101000),
        ("一百九十万零三千九百七十一", 1903971),
        ("一亿五千万零六千三百五十五", 150006355),
        ("兩千六", 2600),
        ("壹拾壹元", 11),
        ("壹佰壹拾壹圆", 111),
        ("壹拾壹圆", 11),
        ("壹拾万零叁仟肆佰伍拾叁", 103453),
        // Cases of our own: a spoken form before 万 or 亿, and the old tens with a unit after them.
        ("两千六万", 26_000_000),
        ("三亿五", 350_000_000),
        ("一万二", 12_000),
        ("廿五万", 250_000),
        ("卅亿", 3_000_000_000),
        ("一千零六", 1_006),
    ]

    static func amount(_ numeral: String) -> Decimal? {
        let text = "总投资" + numeral + (numeral.contains("元") || numeral.contains("圆") ? "" : "元")
        return QuantityScanner.quantities(in: text).first(where: \.isMoney)?.value
    }

    @Test(arguments: strict)
    func cn2anStrictCasesReadAsAmounts(numeral: String, value: Int) {
        #expect(Self.amount(numeral) == Decimal(value))
    }

    @Test(arguments: spoken)
    func spokenFormsReadAsTheyAreMeant(numeral: String, value: Int) {
        #expect(Self.amount(numeral) == Decimal(value))
    }

    @Test(arguments: ["一亿亿", "十百", "十一十二", "亿万", "千百"])
    func malformedNumeralsGiveNoAmount(numeral: String) {
        #expect(Self.amount(numeral) == nil)
    }
}
