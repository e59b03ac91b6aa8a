/// A horizontal bar chart drawn as SVG: every coordinate worked out, every label preformatted.
public struct BarChartView: Sendable, Encodable {
    public struct Bar: Sendable, Encodable {
        public var label: String
        public var value: String
        public var url: String
        public var y: Int
        public var width: Int
        public var textY: Int
        public var valueX: Int
    }

    /// Unique on its page, for the title's id.
    public var chartID: String
    public var width: Int
    public var height: Int
    /// Where bars start: the labels are right-aligned just before it.
    public var barX: Int
    public var labelX: Int
    public var barHeight: Int
    public var bars: [Bar]
    /// What the chart shows, for screen readers and as its caption.
    public var summary: String
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
        public var labelX: String
        public var labelY: String
        /// No investment figure: drawn small and grey.
        public var isEmpty: Bool
    }

    public var width: Int
    public var height: Int
    public var points: [Point]
    public var summary: String
}
