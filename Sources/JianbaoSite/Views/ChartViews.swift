/// A horizontal bar chart drawn as SVG that fits any width: every coordinate worked out, every label preformatted.
public struct BarChartView: Sendable, Encodable {
    public struct Bar: Sendable, Encodable {
        public var label: String
        public var value: String
        public var url: String
        /// The bar's length as a share of the chart's width: `62.5%`.
        public var share: String
        /// The baseline of the line with the name and the amount.
        public var textY: Int
        public var barY: Int
    }

    /// Unique on its page, for the title's id.
    public var chartID: String
    /// In CSS pixels; the width is the page's.
    public var height: Int
    public var barHeight: Int
    public var bars: [Bar]
    /// What the chart shows, for screen readers and as its caption.
    public var summary: String
    /// How many districts have investment to show.
    public var districtCount: Int
    /// True when the chart shows only the largest of them.
    public var isPartial: Bool
}

/// A map of the districts as circles at their coordinates, sized by investment.
public struct MapView: Sendable, Encodable {
    public struct Point: Sendable, Encodable {
        public var label: String
        public var value: String
        public var url: String
        public var cx: String
        public var cy: String
        public var r: String
        /// False where the label would cover another: the circle then names itself only on hover.
        public var showsLabel: Bool
        public var labelX: String
        public var labelY: String
        /// Which end of the label is at `labelX`: `start`, `middle` or `end` (SVG's `text-anchor`).
        public var labelAnchor: String
        /// No investment figure: drawn small and grey.
        public var isEmpty: Bool
    }

    /// A district too far from the others to draw without squeezing them: listed under the map.
    public struct Outlier: Sendable, Encodable {
        public var label: String
        public var url: String
        public var value: String
    }

    public var width: Int
    public var height: Int
    public var points: [Point]
    public var summary: String
    public var outside: [Outlier]
    public var hasOutside: Bool
}
