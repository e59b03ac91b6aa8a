import Testing
@testable import JianbaoReading

/// Places added by the thousand, all sharing their first two characters, are each found, longest first.
@Suite struct GazetteerScaleTests {
    @Test func aHundredThousandPlacesWithOnePrefixAreAllFound() {
        var gazetteer = Gazetteer()
        for number in 0..<100_000 {
            gazetteer.add(Place(name: "新设\(number)区", level: .district, city: "某市", province: "某省"))
        }
        let text = "今年新设42区和新设99999区签约,新设7区开工,新设区不是地名。"
        #expect(gazetteer.mentions(in: text).map(\.name) == ["新设42区", "新设99999区", "新设7区"])
        #expect(gazetteer.places(named: "新设123区").count == 1)
    }

    @Test func theLongestNameWinsWhereNamesOverlap() {
        var gazetteer = Gazetteer()
        for name in ["东城", "东城区", "东城新区", "东城"] {
            gazetteer.add(Place(name: name, level: .district, city: "某市", province: "某省"))
        }
        #expect(gazetteer.mentions(in: "东城新区与东城区,东城").map(\.name) == ["东城新区", "东城区", "东城"])
    }
}
