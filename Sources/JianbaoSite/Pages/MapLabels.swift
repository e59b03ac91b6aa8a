/// Places the map's labels beside their circles, clear of each other and of the map's edge, covering as few circles as they can.
struct MapLabels {
    /// A circle on the map, in the map's units.
    struct Circle {
        var x: Double
        var y: Double
        var r: Double
        var text: String
    }

    /// Where a label goes: its baseline's anchor point and which end of the text sits there.
    struct Placement: Equatable {
        var x: Double
        var y: Double
        /// `start`, `middle` or `end`, as SVG's `text-anchor`.
        var anchor: String
    }

    /// The map's label size, in its units (the stylesheet's 14px at the map's own width).
    static let fontSize = 14.0
    static let gap = 4.0

    /// A placement for each circle, in the order given, inside a `width` × `height` map; nil for a
    /// label that would cover another or leave the map. Larger circles choose first, and a label
    /// takes the spot where it covers the fewest other circles.
    static func place(_ circles: [Circle], width: Double, height: Double) -> [Placement?] {
        var placed = [Placement?](repeating: nil, count: circles.count)
        var taken: [Box] = []
        let order = circles.indices.sorted { (circles[$1].r, $0) < (circles[$0].r, $1) }
        for index in order {
            // A label cut off by the map's edge or covering another is not drawn: in a crowded map
            // the larger districts keep theirs, and every circle still names itself on hover.
            var best: (cost: Double, spot: Placement, box: Box)?
            for (position, spot) in spots(for: circles[index]).enumerated() {
                let area = box(of: circles[index].text, at: spot)
                guard area.clipped(width: width, height: height).area == area.area,
                      taken.allSatisfy({ area.overlap($0) == 0 }) else { continue }
                let cost = Double(position) * 0.01 + circles.indices.reduce(0) { sum, other in
                    other == index ? sum : sum + area.overlap(Box(circle: circles[other]))
                }
                if best == nil || cost < best!.cost { best = (cost, spot, area) }
            }
            if let best {
                placed[index] = best.spot
                taken.append(best.box)
            }
        }
        return placed
    }

    // Right, left, above, below, then the four corners.
    private static func spots(for circle: Circle) -> [Placement] {
        let (x, y, r) = (circle.x, circle.y, circle.r)
        let diagonal = r * 0.7 + gap
        return [
            Placement(x: x + r + gap, y: y + fontSize * 0.35, anchor: "start"),
            Placement(x: x - r - gap, y: y + fontSize * 0.35, anchor: "end"),
            Placement(x: x, y: y - r - gap, anchor: "middle"),
            Placement(x: x, y: y + r + gap + fontSize * 0.85, anchor: "middle"),
            Placement(x: x + diagonal, y: y - diagonal, anchor: "start"),
            Placement(x: x + diagonal, y: y + diagonal + fontSize * 0.85, anchor: "start"),
            Placement(x: x - diagonal, y: y - diagonal, anchor: "end"),
            Placement(x: x - diagonal, y: y + diagonal + fontSize * 0.85, anchor: "end"),
        ]
    }

    /// How wide `text` is drawn: Chinese characters take a full em, Latin letters, digits and spaces about half.
    static func width(of text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.55 : 1) } * fontSize
    }

    private static func box(of text: String, at spot: Placement) -> Box {
        let width = width(of: text)
        let left = switch spot.anchor {
        case "start": spot.x
        case "end": spot.x - width
        default: spot.x - width / 2
        }
        // The baseline sits about a fifth of the size above the bottom of CJK glyphs.
        return Box(left: left, top: spot.y - fontSize * 0.85, right: left + width, bottom: spot.y + fontSize * 0.2)
    }

    struct Box {
        var left, top, right, bottom: Double

        init(left: Double, top: Double, right: Double, bottom: Double) {
            (self.left, self.top, self.right, self.bottom) = (left, top, right, bottom)
        }

        init(circle: Circle) {
            self.init(left: circle.x - circle.r, top: circle.y - circle.r, right: circle.x + circle.r, bottom: circle.y + circle.r)
        }

        var area: Double { max(0, right - left) * max(0, bottom - top) }

        func overlap(_ other: Box) -> Double {
            Box(left: max(left, other.left), top: max(top, other.top), right: min(right, other.right), bottom: min(bottom, other.bottom)).area
        }

        func clipped(width: Double, height: Double) -> Box {
            Box(left: max(left, 0), top: max(top, 0), right: min(right, width), bottom: min(bottom, height))
        }
    }
}
