import Synchronization
import Testing
@testable import JianbaoTemplates
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

    struct Numbers: Encodable, Sendable { var small: Int32; var large: UInt64; var ratio: Float }

    @Test func everyKindOfNumberIsDigested() {
        let one = Numbers(small: 1, large: 2, ratio: 0.5)
        #expect(ViewDigest.of(one) == ViewDigest.of(Numbers(small: 1, large: 2, ratio: 0.5)))
        #expect(ViewDigest.of(one) != ViewDigest.of(Numbers(small: 2, large: 2, ratio: 0.5)))
    }

    struct Listed: Encodable, Sendable { var rows: [Digested<Row>] }

    @Test func aDigestedValueStandsForItsValue() throws {
        let row = Row(label: "甲", amount: "5亿元", count: 2)
        #expect(ViewDigest.of(Listed(rows: [Digested(row)])) == ViewDigest.of(Listed(rows: [Digested(row)])))
        #expect(ViewDigest.of(Listed(rows: [Digested(row)])) != ViewDigest.of(Listed(rows: [Digested(Row(label: "乙", amount: "5亿元", count: 2))])))
        // Templates see the value itself.
        #expect(try TemplateValueEncoder.encode(Listed(rows: [Digested(row)])).field("rows") == TemplateValueEncoder.encode(Page(title: "", flag: false, rows: [row], note: nil)).field("rows"))
    }

    struct Links: Encodable, Sendable { var articles: [Rooted<ArticleLink>] }

    @Test func aListOfRootedLinksChangesWithAnyLinkAndItsRoot() {
        let link = { (title: String) in Digested(ArticleLink(title: title, url: "articles/a.html", district: "甲区", districtURL: "districts/a.html")) }
        let (a, b) = (link("甲"), link("乙"))
        let page = { (links: [Digested<ArticleLink>], root: String) in Links(articles: links.map { Rooted(base: $0, root: root) }) }
        let digest = ViewDigest.of(page([a, b], "../"))
        #expect(digest == ViewDigest.of(page([link("甲"), link("乙")], "../")))
        #expect(digest != ViewDigest.of(page([a, link("丙")], "../")))
        #expect(digest != ViewDigest.of(page([b, a], "../")))
        #expect(digest != ViewDigest.of(page([a], "../")))
        #expect(digest != ViewDigest.of(page([a, b], "")))
        #expect(digest != ViewDigest.of(page([a, b], "../../")))
    }

    struct Body: Encodable, Sendable { var bodyHTML: LazyHTML }

    @Test func lazyHTMLIsDigestedByItsInputsAndMadeOnlyWhenPrinted() throws {
        let made = Mutex(0)
        let body = { (inputs: Int) in
            Body(bodyHTML: LazyHTML(inputs: { inputs }) { made.withLock { $0 += 1 }; return "<p>\(inputs)</p>" })
        }
        #expect(ViewDigest.of(body(1)) == ViewDigest.of(body(1)) && ViewDigest.of(body(1)) != ViewDigest.of(body(2)))
        #expect(made.withLock { $0 } == 0, "digesting never makes the HTML")
        #expect(try TemplateValueEncoder.encode(body(3)).field("bodyHTML") == .string("<p>3</p>"))
        #expect(made.withLock { $0 } == 1)
    }

    @Test func fieldsNoTemplateReadsAreLeftOutOfTheDigestAndTheValue() throws {
        var library = TemplateLibrary()
        try library.register("{{<frame}}{{$main}}{{#rows}}{{label}}{{/rows}}{{/main}}{{/frame}}", named: "page")
        try library.register("<h1>{{title}}</h1>{{$main}}{{/main}}{{> foot}}", named: "frame")
        try library.register("{{#page.note}}{{.}}{{/page.note}}", named: "foot")
        let reads = library.names(readBy: "page")
        #expect(reads == ["rows", "label", "title", "page", "note"])
        var unread = Self.base
        unread.flag = true
        unread.rows[0].count = 9
        #expect(ViewDigest.of(unread, reading: reads) == ViewDigest.of(Self.base, reading: reads), "flag and count are never read")
        var read = Self.base
        read.rows[0].label = "乙"
        #expect(ViewDigest.of(read, reading: reads) != ViewDigest.of(Self.base, reading: reads))
        let value = try TemplateValueEncoder.encode(unread, reading: reads)
        #expect(value.field("flag") == nil && value.field("title") == .string("总投资"))
        #expect(value.field("rows") == .list([.object(["label": .string("甲")])]))
    }
}
