import Foundation

/// An amount of money stated in article text, with what it is and the sentence it came from.
public struct MoneyFact: Sendable, Hashable {
    /// What the money is: investment of some stage, public money, or a figure that is not investment.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case signing, groundbreaking, resumption, plan, negotiating
        case fundsInPlace = "funds_in_place"
        case loan, allocation, donation, relief, output, sales, tax, trade, other

        /// Investment figures, which the tables sum; the rest are never added to them.
        public var isInvestment: Bool {
            [.signing, .groundbreaking, .resumption, .plan, .negotiating, .fundsInPlace].contains(self)
        }
    }

    public var place: Place?
    /// The day of the fact, when its paragraph gives it.
    public var date: ReportDate?
    public var year: Int
    public var kind: Kind
    public var projects: Int?
    /// The amount in the currency's base unit (元 for CNY).
    public var amount: Decimal
    /// Annual planned investment given with the total (`年度计划投资36亿元`), in the same unit.
    public var annual: Decimal?
    public var approx: String?
    public var currency: String
    /// A breakdown label (`工业项目`) or a named project (`海吉亚医院综合体项目`).
    public var category: String?
    /// Index, in the report's facts, of the figure this one is part of.
    public var parent: Int?
    public var quote: Sentence
    /// Index of the article in its report.
    public var article: Int
    /// Index of the paragraph in the article, and where the amount is written in it (character offsets).
    public var paragraph: Int
    public var range: Range<Int>
    /// Where the annual figure is written in the same paragraph, when there is one.
    public var annualRange: Range<Int>?
    /// The line the amount is printed on.
    public var line: Int
    /// The district an editor's correction gave the figure: it then counts there, not in its article's.
    public var district: Place?

    /// The amount in 亿 (10⁸) of its currency, as the fixtures and tables state it.
    public var amountYi: Decimal { amount.timesPowerOfTen(-8) }
    public var annualYi: Decimal? { annual.map { $0.timesPowerOfTen(-8) } }
}
