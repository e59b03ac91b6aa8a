import Testing
@testable import JianbaoReading
@Test func debugGaz() {
    let g = Gazetteer.china
    print("names", g.places(named: "潍城区"), g.places(named: "张店区").count)
    print(g.mentions(in: "潍城区6个项目视频签约").map(\.name))
}
