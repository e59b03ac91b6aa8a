import Testing
@testable import JianbaoSite

/// A view's digest changes with anything a template could read from it.
@Suite struct ViewDigestTests {
    struct Row: Encodable, Sendable { var label: String; var amount: String?; var count: Int }
    struct Page: Encodable, Sendable { var title: String; var flag: Bool; var rows: [Row]; var note: String? }

    static let base = Page(title: "总投资", flag: false, rows: [Row(label: "甲", amount: "5亿元", count: 2)], note: nil)

    @Test(arguments: [
        ("title", Page(title: "总投资 ", flag: false, rows: base.rows, note: nil)),
        ("flag", Page(title: "总投资", flag: true, rows: base.rows, note: nil)),
        ("a row's field", Page(title: "总投资", flag: false, rows: [Row(label: "甲", amount: "6亿元", count: 2)], note: nil)),
        ("a field gone", Page(title: "总投资", flag: false, rows: [Row(label: "甲", amount: nil, count: 2)], note: nil)),
        ("a number", Page(title: "总投资", flag: false, rows: [Row(label: "甲", amount: "5亿元", count: 3)], note: nil)),
        ("one more row", Page(title: "总投资", flag: false, rows: base.rows + base.rows, note: nil)),
        ("no rows", Page(title: "总投资", flag: false, rows: [], note: nil)),
        ("a field added", Page(title: "总投资", flag: false, rows: base.rows, note: "")),
        ("text moved between fields", Page(title: "总投资甲", flag: false, rows: [Row(label: "", amount: "5亿元", count: 2)], note: nil)),
    ])
    func aChangedViewHasAnotherDigest(change: String, page: Page) {
        #expect(ViewDigest.of(page) != ViewDigest.of(Self.base), "\(change)")
    }

    @Test func anEqualViewHasTheSameDigest() {
        var copy = Self.base
        copy.rows = [Row(label: "甲", amount: "5亿元", count: 2)]
        #expect(ViewDigest.of(copy) == ViewDigest.of(Self.base))
    }
}
