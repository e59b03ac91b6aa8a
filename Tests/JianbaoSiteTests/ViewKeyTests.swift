import Testing
@testable import JianbaoSite

@Suite struct ViewKeyTests {
    struct Row: Encodable { var text: String; var number: Int; var note: String? }
    struct Table: Encodable { var rows: [Row]; var groups: [[String]] }

    @Test func equalViewsHaveEqualKeysAndAnyChangeChangesTheKey() {
        let table = Table(rows: [Row(text: "甲", number: 1, note: nil)], groups: [["a"], ["b", "c"]])
        #expect(ViewKey.of(table, salt: []) == ViewKey.of(table, salt: []))
        var variants: [Table] = []
        variants.append(Table(rows: [Row(text: "乙", number: 1, note: nil)], groups: table.groups))
        variants.append(Table(rows: [Row(text: "甲", number: 2, note: nil)], groups: table.groups))
        variants.append(Table(rows: [Row(text: "甲", number: 1, note: "")], groups: table.groups))
        variants.append(Table(rows: table.rows + table.rows, groups: table.groups))
        variants.append(Table(rows: table.rows, groups: [["a", "b"], ["c"]]))
        variants.append(Table(rows: table.rows, groups: [["ab"], ["c"]]))
        variants.append(Table(rows: [], groups: table.groups))
        let keys = Set(([table] + variants).map { ViewKey.of($0, salt: []) })
        #expect(keys.count == variants.count + 1)
        #expect(ViewKey.of(table, salt: [1]) != ViewKey.of(table, salt: [2]), "the templates are part of the key")
    }

    @Test func theKeyIsTheSameInEveryProcess() {
        // Fixed bytes, so a stored key stays valid: a changed layout would show here, not as stale pages.
        #expect(ViewKey.of(Row(text: "甲", number: 1, note: nil), salt: []) == ViewKey.of(Row(text: "甲", number: 1, note: nil), salt: []))
        #expect(ViewKey.of(Row(text: "甲", number: 1, note: nil), salt: []) == 0x263f_784c_0e7f_87b5)
    }
}
