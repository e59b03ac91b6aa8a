import Foundation
import JianbaoReading

/// Amounts and kinds written the way Chinese readers write them: 638亿元, 2600万元, 3.5亿美元.
public enum MoneyText {
    static let currencyWords = ["CNY": "元", "USD": "美元", "EUR": "欧元", "HKD": "港元", "JPY": "日元", "GBP": "英镑",
                                "KRW": "韩元", "AUD": "澳元", "CAD": "加元", "RUB": "卢布"]
    static let leadingQualifiers: Set<String> = ["约", "近", "超", "超过", "逾"]

    /// The amount in 亿, 万 or units of its currency, with the qualifier where it was written.
    public static func amount(_ value: Decimal, currency: String, approx: String? = nil) -> String {
        let word = currencyWords[currency] ?? currency
        let (number, scale) = value >= 100_000_000 ? (value.timesPowerOfTen(-8), "亿") : value >= 10_000 ? (value.timesPowerOfTen(-4), "万") : (value, "")
        var text = trimmed(number, places: scale == "亿" ? 4 : 2)
        if let approx, approx == "多" || approx == "余" { text += approx }
        text += scale + word
        if let approx, leadingQualifiers.contains(approx) { text = approx + text }
        if approx == "左右" { text += "左右" }
        return text
    }

    /// `129.66`, `98.2`, `638`: rounded to `places` decimals, trailing zeros dropped.
    static func trimmed(_ value: Decimal, places: Int) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        return DecimalText.plain(rounded)
    }

    /// The kind as a column heading reads: 签约, 开工, 到位资金 ….
    public static func kind(_ kind: MoneyFact.Kind) -> String {
        switch kind {
        case .signing: "签约"
        case .groundbreaking: "开工"
        case .resumption: "复工"
        case .plan: "计划"
        case .negotiating: "在谈"
        case .fundsInPlace: "到位资金"
        case .loan: "贷款"
        case .allocation: "拨付资金"
        case .donation: "捐赠"
        case .relief: "救助"
        case .output: "产值"
        case .sales: "销售"
        case .tax: "税收"
        case .trade: "进出口"
        case .other: "其他"
        }
    }
}
