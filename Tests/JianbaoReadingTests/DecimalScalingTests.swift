import Foundation
import Testing
@testable import JianbaoReading

@Suite struct DecimalScalingTests {
    @Test(arguments: ["638", "63800000000", "12966000000", "0.131", "1234567890123", "99999999", "5.5", "0", "12.345678901"])
    func scalingEqualsDividing(text: String) {
        let value = Decimal(string: text)!
        #expect(value.timesPowerOfTen(-8) == value / 100_000_000)
        #expect(value.timesPowerOfTen(-4) == value / 10_000)
        #expect(value.timesPowerOfTen(8) == value * 100_000_000)
    }

    @Test(arguments: [("63800000000", "638"), ("1234567890123", "12345.678901"), ("12966000000", "129.66"), ("126700", "0.001267"), ("5", "0")])
    func amountsInYi(amount: String, expected: String) {
        #expect(AmountText.yi(Decimal(string: amount)!) == expected)
    }
}
