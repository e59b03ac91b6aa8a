import Foundation

/// A decimal's plain text, `638`, `-129.66`, `0.001267`: exactly its `description`, made quickly.
public enum DecimalText {
    /// The same text as `value.description`.
    public static func plain(_ value: Decimal) -> String {
        guard layoutHolds, let text = digits(value) else { return value.description }
        return text
    }

    // Foundation's own conversion divides a 128-bit mantissa by ten per digit, and every figure row
    // of every rebuild needs a few of these. The mantissa is read from the value's bytes, which only works while
    // Foundation lays a Decimal out as it does today: checked once against `description`, and
    // left alone if it ever differs.
    static let layoutHolds: Bool = {
        let probes = ["638", "-129.66", "0.001267", "18446744073709551615", "-0.5", "0", "1000000", "3.50"]
        return probes.compactMap { Decimal(string: $0) }.allSatisfy { digits($0) == $0.description }
    }()

    /// The text when the mantissa fits 64 bits and the exponent is small; nil otherwise.
    static func digits(_ value: Decimal) -> String? {
        guard !value.isNaN, MemoryLayout<Decimal>.size == 20, (-30...30).contains(value.exponent) else { return nil }
        let mantissa: UInt64? = withUnsafeBytes(of: value) { bytes in
            var mantissa: UInt64 = 0
            for word in 0..<8 {
                let part = UInt64(bytes.loadUnaligned(fromByteOffset: 4 + 2 * word, as: UInt16.self))
                if word >= 4 { if part != 0 { return nil } } else { mantissa |= part << (16 * word) }
            }
            return mantissa
        }
        guard let mantissa else { return nil }
        guard mantissa != 0 else { return "0" }
        var text = String(mantissa)
        let exponent = value.exponent
        if exponent > 0 {
            text += String(repeating: "0", count: exponent)
        } else if exponent < 0 {
            let places = -exponent, count = text.utf8.count
            if count <= places {
                text = "0." + String(repeating: "0", count: places - count) + text
            } else {
                text.insert(".", at: text.utf8.index(text.startIndex, offsetBy: count - places))
            }
        }
        return value.sign == .minus ? "-" + text : text
    }
}
