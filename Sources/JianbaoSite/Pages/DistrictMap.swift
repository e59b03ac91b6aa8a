import Foundation
import JianbaoReading

/// Projects the districts' coordinates onto an SVG: no tiles, no network, circles sized by investment.
struct DistrictMap {
    // Room for the largest circle on every side, and for labels, which go to the right of their circles where they can.
    static let width = 720, margin = 40.0, labelRoom = 120.0, largestRadius = 30.0, smallestRadius = 5.0, minimumHeight = 240.0

    static func make(_ model: SiteModel, root: String) -> MapView? {
        let totals = model.investmentByDistrict
        let located = model.districts.indices.compactMap { index -> (Int, Double, Double)? in
            guard let place = model.districts[index].place, let lon = place.longitude, let lat = place.latitude else { return nil }
            return (index, lon, lat)
        }
        guard !located.isEmpty else { return nil }
        let (placed, far) = fitted(located)
        let lons = placed.map(\.1), lats = placed.map(\.2)
        let midLat = (lats.min()! + lats.max()!) / 2
        // Equirectangular, with longitude shrunk by the cosine of the latitude so shapes keep their proportions.
        let xScale = cos(midLat * .pi / 180)
        let spanX = max((lons.max()! - lons.min()!) * xScale, 0.2), spanY = max(lats.max()! - lats.min()!, 0.2)
        let drawable = Double(width) - 2 * margin - labelRoom
        let scale = min(drawable / spanX, 600 / spanY)
        let height = max(minimumHeight, spanY * scale + 2 * margin)
        let largest = totals.values.max().map { NSDecimalNumber(decimal: $0).doubleValue } ?? 0
        let centres = placed.map { _, lon, lat in
            (x: margin + (lon - lons.min()!) * xScale * scale + (drawable - spanX * scale) / 2,
             y: margin + (lats.max()! - lat) * scale + ((height - 2 * margin) - spanY * scale) / 2)
        }
        let largestRadius = Self.crowdedRadius(centres)
        let circles = zip(placed, centres).map { place, centre in
            let total = totals[place.0].map { NSDecimalNumber(decimal: $0).doubleValue } ?? 0
            // Area, not radius, in proportion to the amount.
            let radius = total > 0 && largest > 0 ? max(smallestRadius, largestRadius * (total / largest).squareRoot()) : 3
            return MapLabels.Circle(x: centre.x, y: centre.y, r: radius, text: model.districts[place.0].name)
        }
        let labels = MapLabels.place(circles, width: Double(width), height: height)
        let points = zip(placed, zip(circles, labels)).map { place, drawn in
            let (index, (circle, label)) = (place.0, drawn)
            let total = totals[index] ?? 0
            return MapView.Point(
                label: circle.text,
                value: total > 0 ? MoneyText.amount(total, currency: "CNY") : "无投资数字",
                url: root + model.districts[index].path,
                cx: format(circle.x), cy: format(circle.y), r: format(circle.r),
                showsLabel: label != nil, labelX: format(label?.x ?? circle.x), labelY: format(label?.y ?? circle.y),
                labelAnchor: label?.anchor ?? "start", isEmpty: total <= 0
            )
        }
        let outside = far.map { index, _, _ in
            let total = totals[index] ?? 0
            return MapView.Outlier(label: model.districts[index].name, url: root + model.districts[index].path,
                                   value: total > 0 ? MoneyText.amount(total, currency: "CNY") : "无投资数字")
        }
        let summary = "区县位置图,圆的面积表示投资合计:" + points.map { "\($0.label)\($0.value)" }.joined(separator: ",") + "。"
            + (outside.isEmpty ? "" : "离其他区县太远、不在图中的:" + outside.map { "\($0.label)\($0.value)" }.joined(separator: ",") + "。")
        return MapView(width: width, height: Int(height.rounded()), points: points, summary: summary,
                       outside: outside, hasOutside: !outside.isEmpty)
    }

    // How far outside the middle half of the districts, in longitude or latitude, a district may lie
    // and still be drawn: a few far-off places must not squeeze the rest into a corner. The margin is
    // at least `nearDegrees`, so a small region loses nothing.
    static let spreadFactor = 3.0, nearDegrees = 1.5
    // When more than this share would be left out, the districts are simply spread wide, and all are drawn.
    static let mostOutside = 0.25

    /// The districts to draw and those to list beside the map instead.
    static func fitted(_ located: [(Int, Double, Double)]) -> (drawn: [(Int, Double, Double)], outside: [(Int, Double, Double)]) {
        func range(_ values: [Double]) -> ClosedRange<Double> {
            let sorted = values.sorted()
            let low = sorted[sorted.count / 4], high = sorted[(sorted.count * 3) / 4]
            let margin = max(spreadFactor * (high - low), nearDegrees)
            return (low - margin)...(high + margin)
        }
        let lons = range(located.map(\.1)), lats = range(located.map(\.2))
        let drawn = located.filter { lons.contains($0.1) && lats.contains($0.2) }
        guard Double(located.count - drawn.count) <= mostOutside * Double(located.count), !drawn.isEmpty else { return (located, []) }
        return (drawn, located.filter { !(lons.contains($0.1) && lats.contains($0.2)) })
    }

    // Where districts crowd, the largest circle shrinks to about the distance most of them keep from
    // their nearest neighbour, so the map does not become one blot.
    static func crowdedRadius(_ centres: [(x: Double, y: Double)]) -> Double {
        guard centres.count > 1 else { return largestRadius }
        let nearest = centres.indices.map { index in
            centres.indices.filter { $0 != index }
                .map { hypot(centres[index].x - centres[$0].x, centres[index].y - centres[$0].y) }.min()!
        }.sorted()
        return min(largestRadius, max(2 * smallestRadius, nearest[nearest.count / 2]))
    }

    static func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
