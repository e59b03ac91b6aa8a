import Testing
import Foundation
@testable import JianbaoReading
@Test func debugGaz() throws {
    let text = try String(contentsOfFile: "Reports/004_575839301911762a.txt", encoding: .utf8)
    for m in Gazetteer.china.mentions(in: text) { print("M", m.name, m.next ?? "-", m.places.map { "\($0.name)/\($0.level)/\($0.city ?? "")" }) }
}
