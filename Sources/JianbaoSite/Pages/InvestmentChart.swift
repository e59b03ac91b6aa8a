import Foundation
import JianbaoReading

/// Lays out the bar chart of investment by district.
struct InvestmentChart {
    static let width = 720, rowHeight = 30, barHeight = 20, labelWidth = 150, valueWidth = 110

    /// Districts with summable investment, largest first; nil when there is none.
    static func make(_ model: SiteModel, root: String) -> BarChartView? {
        let totals = model.investmentByDistrict.filter { $0.value > 0 }
        guard let largest = totals.values.max() else { return nil }
        let order = totals.keys.sorted { (totals[$1]!, $0) < (totals[$0]!, $1) }
        let room = Decimal(width - labelWidth - valueWidth - 10)
        let bars = order.enumerated().map { row, district in
            let value = totals[district]!
            let length = max(2, Int(truncating: NSDecimalNumber(decimal: value / largest * room)))
            let y = row * rowHeight + 4
            return BarChartView.Bar(
                label: model.districts[district].name, value: MoneyText.amount(value, currency: "CNY"),
                url: root + model.districts[district].path, y: y, width: length,
                textY: y + barHeight - 5, valueX: labelWidth + 10 + length + 6
            )
        }
        let summary = "各区县投资合计(不含分项,不含贷款等其他资金):"
            + bars.map { "\($0.label)\($0.value)" }.joined(separator: ",") + "。"
        return BarChartView(chartID: "investment-chart", width: width, height: bars.count * rowHeight + 8, barX: labelWidth + 10, labelX: labelWidth,
                            barHeight: barHeight, bars: bars, summary: summary)
    }
}
