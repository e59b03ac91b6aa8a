import Testing
@testable import JianbaoSite

/// Labels on the district map: beside their circles, inside the map, clear of each other.
@Suite struct MapLabelsTests {
    typealias Circle = MapLabels.Circle

    @Test func aLoneLabelGoesToTheRightOfItsCircle() {
        let spots = MapLabels.place([Circle(x: 100, y: 100, r: 10, text: "张店区")], width: 720, height: 240)
        #expect(spots == [MapLabels.Placement(x: 114, y: 100 + 14 * 0.35, anchor: "start")])
    }

    @Test func aLabelAtTheRightEdgeGoesLeft() {
        let spots = MapLabels.place([Circle(x: 700, y: 100, r: 10, text: "潍坊市")], width: 720, height: 240)
        #expect(spots.first??.anchor == "end")
        #expect(spots.first??.x ?? 720 < 700)
    }

    @Test(arguments: [
        // Three neighbours in a row, a large circle with a small one inside it, and a tight cluster.
        [Circle(x: 300, y: 100, r: 5, text: "青州市"), Circle(x: 340, y: 100, r: 5, text: "昌乐县"), Circle(x: 380, y: 100, r: 5, text: "潍城区")],
        [Circle(x: 400, y: 120, r: 30, text: "潍坊市"), Circle(x: 385, y: 115, r: 5, text: "潍城区"), Circle(x: 410, y: 108, r: 3, text: "寒亭区")],
        [Circle(x: 200, y: 120, r: 12, text: "张店区"), Circle(x: 228, y: 112, r: 12, text: "临淄区"), Circle(x: 214, y: 140, r: 5, text: "博山区"),
         Circle(x: 190, y: 100, r: 3, text: "聊城市 开发区")],
    ])
    func neighboursLabelsDoNotOverlap(_ circles: [Circle]) {
        let spots = MapLabels.place(circles, width: 720, height: 240)
        #expect(spots.allSatisfy { $0 != nil }, "there is room for every label")
        let boxes = zip(circles, spots).compactMap { circle, spot -> (left: Double, right: Double, top: Double, bottom: Double)? in
            guard let spot else { return nil }
            let width = MapLabels.width(of: circle.text)
            let left = spot.anchor == "start" ? spot.x : spot.anchor == "end" ? spot.x - width : spot.x - width / 2
            return (left: left, right: left + width, top: spot.y - 14 * 0.85, bottom: spot.y + 14 * 0.2)
        }
        for first in boxes.indices {
            #expect(boxes[first].left >= 0 && boxes[first].right <= 720, "\(circles[first].text) stays inside the map")
            for second in boxes.indices where second > first {
                let apart = boxes[first].right <= boxes[second].left || boxes[second].right <= boxes[first].left
                    || boxes[first].bottom <= boxes[second].top || boxes[second].bottom <= boxes[first].top
                #expect(apart, "\(circles[first].text) and \(circles[second].text)")
            }
        }
    }

    @Test func inACrowdOnlyTheLargestCirclesKeepTheirLabels() {
        // Twenty circles on top of each other: the largest is labelled, the others name themselves on hover.
        let crowd = (0..<20).map { Circle(x: 360 + Double($0), y: 120, r: 10 + Double($0), text: "区县\($0)") }
        let spots = MapLabels.place(crowd, width: 720, height: 240)
        #expect(spots[19] != nil)
        #expect(spots.compactMap { $0 }.count < 10)
    }

    typealias Centre = (x: Double, y: Double)

    static func grid(step: Double) -> [Centre] {
        (0..<100).map { index -> Centre in (x: 300 + Double(index % 10) * step, y: 100 + Double(index / 10) * step) }
    }

    static let spread: [([Centre], Double)] = [
        ([(x: 100, y: 100), (x: 300, y: 100), (x: 500, y: 200)], DistrictMap.largestRadius),
        (grid(step: 16), 16),
        (grid(step: 2), 2 * DistrictMap.smallestRadius),
    ]

    @Test(arguments: spread)
    func crowdedDistrictsGetSmallerCircles(centres: [Centre], largest: Double) {
        #expect(DistrictMap.crowdedRadius(centres) == largest)
    }

    @Test func latinLettersAreNarrowerThanChinese() {
        #expect(MapLabels.width(of: "ab") == MapLabels.width(of: "张") * 1.1)
    }
}
