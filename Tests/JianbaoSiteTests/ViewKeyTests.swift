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
        // The value is the first eight bytes of SHA-256 of the encoded row (it changed with the hash).
        #expect(ViewKey.of(Row(text: "甲", number: 1, note: nil), salt: []) == ViewKey.of(Row(text: "甲", number: 1, note: nil), salt: []))
        #expect(ViewKey.of(Row(text: "甲", number: 1, note: nil), salt: []) == 0xd730_18e2_a30a_ac3e)
    }
}

@Suite struct ContentHashTests {
    @Test func theHashIsTruncatedSHA256() {
        // SHA-256 of "abc" is ba7816bf8f01cfea…; its first eight bytes, read little-endian.
        #expect(ContentHash.of(Array("abc".utf8)) == 0xeacf_018f_bf16_78ba)
        #expect(ContentHash.of([]) != ContentHash.of([0]))
    }
}
