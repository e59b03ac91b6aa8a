import Foundation

extension Decimal {
    /// The value times 10^`power`, exactly: a change of exponent, not a division (several times faster).
    public func timesPowerOfTen(_ power: Int) -> Decimal {
        Decimal(sign: sign, exponent: exponent + power, significand: significand)
    }
}
