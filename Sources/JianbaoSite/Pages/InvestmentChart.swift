import Foundation
import JianbaoReading

/// Lays out the bar chart of investment by district.
struct InvestmentChart {
    // Each row is a line with the name and the amount, then the bar. Bars are sized in percent of the
    // chart's width and the text in CSS pixels, so the chart fits a phone and a desktop without
    // scaling its text down or hiding the largest amount past the edge.
    static let rowHeight = 40, textBaseline = 15, barTop = 21, barHeight = 12

    /// Districts with summable investment, largest first, at most `limit` of them; nil when there is none.
    static func make(_ model: SiteModel, root: String, limit: Int = .max) -> BarChartView? {
        let totals = model.investmentByDistrict.filter { $0.value > 0 }
        guard let largest = totals.values.max() else { return nil }
        let order = totals.keys.sorted { (totals[$1]!, $0) < (totals[$0]!, $1) }.prefix(limit)
        let bars = order.enumerated().map { row, district in
            let value = totals[district]!
            let share = max(0.5, NSDecimalNumber(decimal: value / largest * 100).doubleValue)
            return BarChartView.Bar(
                label: model.districts[district].name, value: MoneyText.amount(value, currency: "CNY"),
                url: root + model.districts[district].path, share: String(format: "%.1f%%", share),
                textY: row * rowHeight + textBaseline, barY: row * rowHeight + barTop
            )
        }
        let summary = (order.count < totals.count ? "投资合计最大的\(order.count)个区县" : "各区县投资合计") + "(不含分项,不含贷款等其他资金,重复报道的同一数字只计一次):"
            + bars.map { "\($0.label)\($0.value)" }.joined(separator: ",") + "。"
        return BarChartView(chartID: "investment-chart", height: bars.count * rowHeight, barHeight: barHeight, bars: bars, summary: summary,
                            districtCount: totals.count, isPartial: order.count < totals.count)
    }
}
