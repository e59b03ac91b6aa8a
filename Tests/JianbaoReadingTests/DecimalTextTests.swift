import Foundation
import Testing
@testable import JianbaoReading

@Suite struct DecimalTextTests {
    @Test func foundationsLayoutIsTheOneTheFastPathReads() {
        #expect(DecimalText.layoutHolds)
    }

    @Test(arguments: ["638", "-129.66", "0.001267", "6380.0", "0.50", "-0", "0", "1e25", "1e40", "-3.5e-28",
                      "18446744073709551616", "340282366920938463463374607431768211455", "12345678901234567890.12345"])
    func aWrittenDecimalReadsAsItsDescription(text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(DecimalText.plain(value) == value.description)
    }

    @Test func madeDecimalsReadAsTheirDescription() {
        // Values as the pipeline makes them: scaled, rounded, summed, and uncompacted ones.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let significand = Decimal(UInt64.random(in: 0...UInt64.random(in: 1...UInt64.max, using: &generator), using: &generator))
            let made = Decimal(sign: Bool.random() ? .plus : .minus, exponent: Int.random(in: -32...32), significand: significand)
            var scaled = made * Decimal(string: "0.00000001")!
            var rounded = Decimal()
            NSDecimalRound(&rounded, &scaled, Int.random(in: 0...6), .plain)
            let summed = Decimal(Int.random(in: 0...1_000_000)) * Decimal(string: "0.01")! + made
            for value in [made, rounded, summed] {
                #expect(DecimalText.plain(value) == value.description, "\(value)")
            }
        }
    }
}
