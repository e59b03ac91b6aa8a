import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

/// The search files the build writes, read back the way `search.js` reads them.
@Suite struct SearchIndexTests {
    @Test(arguments: [
        ("  两个  空格 ", "两个 空格"),
        ("全角\u{3000}空格", "全角 空格"),
        ("不\t换\r\n行", "不 换 行"),
        ("无空格", "无空格"),
        ("\u{FEFF}BOM", "BOM"),
    ])
    func whitespaceRunsBecomeOneSpace(_ text: String, _ collapsed: String) {
        #expect(SearchText.collapsed(text) == collapsed)
    }

    @Test func theByteScanFindsExactlyTheSpacesTheScalarTestDoes() {
        let scalars = (0...0x3100).compactMap(Unicode.Scalar.init) + ["\u{FEFF}", "\u{FEFE}", "\u{1F600}"]
        for scalar in scalars {
            #expect(SearchText.hasSpace("甲\(scalar)乙") == SearchText.isSpace(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    static let lists: [[Int32]] = [[], [0], [3, 4, 5, 900], Array(0..<40), Array(stride(from: 0, to: 5000, by: 3))]

    @Test(arguments: lists)
    func aListReadsBackAsItWasWritten(_ articles: [Int32]) {
        var list = PostingList()
        for article in articles { list.add(article); list.add(article) }
        #expect(Self.decode(String(decoding: list.encoded(), as: UTF8.self)) == articles.map(Int.init))
    }

    @Test(arguments: [(Int32(5), true), (5, false), (0, false), (1, true), (900, false), (901, true), (4, true), (4, false)])
    func aListTakesInOrLetsGoOfOneArticle(_ article: Int32, _ adding: Bool) {
        var list = PostingList()
        [0, 3, 5, 900].forEach { list.add($0) }
        var expected = Set<Int32>([0, 3, 5, 900])
        if adding { expected.insert(article) } else { expected.remove(article) }
        let changed = list.with(article, adding: adding)
        #expect(changed.articles() == expected.sorted())
        #expect(Self.decode(String(decoding: changed.encoded(), as: UTF8.self)) == expected.sorted().map(Int.init))
    }

    @Test func articlesReplacedInTheIndexLeaveWhatIndexingAfreshMakes() {
        // Made-up articles from a few characters, so grams are shared, and one with grams of its own.
        let pool = Array("投资项目签约开工区县亿元")
        var fields = (0..<70).map { number in
            [String((0..<4).map { pool[($0 * 7 + number) % pool.count] }), "第\(number)号项目,总投资\(number % 9)亿元"]
        }
        fields[12] = ["独一无二", "QX7 only here"]
        func indexed(_ fields: [[String]]) -> SearchIndex { SearchIndex(articleCount: fields.count) { fields[$0] } }
        var index = indexed(fields)
        let replacements = [(12, ["签约", "总投资3亿元"]), (0, ["新标题", "新增 abc123 项目"]), (69, fields[69] + ["又一段"])]
        var touched = Set<Int>()
        for (article, new) in replacements {
            let before = indexed(fields)
            touched = index.replace(article: Int32(article), old: fields[article], new: new)
            fields[article] = new
            let fresh = indexed(fields)
            for shard in 0..<fresh.shardCount {
                #expect(index.shardFile(shard) == fresh.shardFile(shard), "shard \(shard) after article \(article)")
                if before.shardFile(shard) != fresh.shardFile(shard) { #expect(touched.contains(shard)) }
            }
        }
        #expect(!touched.isEmpty && touched.count < index.shardCount)
    }

    @Test func listsJoinedFromTwoRunsReadAsOne() {
        var first = PostingList(), second = PostingList()
        [1, 7, 200].forEach { first.add($0) }
        [201, 500, 70_000].forEach { second.add($0) }
        first.append(second)
        #expect(Self.decode(String(decoding: first.encoded(), as: UTF8.self)) == [1, 7, 200, 201, 500, 70_000])
    }

    @Test func aDenseListIsABitmap() {
        var list = PostingList()
        for article in 0..<64 where article % 2 == 0 { list.add(Int32(article)) }
        #expect(list.encoded().first == UInt8(ascii: "b"))
    }

    // Invented reports: words in titles and bodies, Latin capitals, a number; one article has all the
    // pairs of 夜间公交 but not the word, another has it split between its title and its text.
    static let reports = [
        "a.txt": "梧桐区开通夜间公交\n\n□ 记者 林一\n\n3月2日,梧桐区开通夜间公交线路5条,总投资1200万元。\n\n线路覆盖北站。",
        "b.txt": "枫林县签约新能源项目\n\n□ 记者 周二\n\n3月5日,枫林县与ABC Energy签约,项目总投资12亿元。",
        "c.txt": "梧桐区召开项目推进会\n\n□ 记者 吴三\n\n3月9日,梧桐区召开会议,研究夜间出行。\n\n会议时间公布后,公交线路将调整。",
        "d.txt": "梧桐区研究夜间\n\n□ 记者 郑四\n\n公交线路延长至北站改造工地。",
    ]

    static func build() throws -> SiteBuilder.Result {
        try SiteBuilder.build(try SampleSite.input(reports: reports))
    }

    /// The articles whose search text contains `query`, as `search.js` finds them.
    static func search(_ query: String, in tree: OutputTree, shards: Int) throws -> (candidates: [Int], matches: [Int]) {
        let scalars = Array(query.unicodeScalars)
        let isRun = (3...GramTable.longestRun).contains(scalars.count) && scalars.allSatisfy { $0.isASCII && ($0.properties.isLowercase || ("0"..."9").contains($0)) }
        let grams = scalars.count == 1 || isRun ? [String(query)] : (0..<scalars.count - 1).map { String(String.UnicodeScalarView(scalars[$0...$0 + 1])) }
        var found: [Int]?
        for gram in grams {
            let shard = SearchIndex.shard(of: gram.unicodeScalars.map(\.value), count: shards)
            let lists = try shardLists(tree, number: shard)
            let articles = lists[gram].map { decode($0[0]) } ?? []
            found = found.map { Array(Set($0).intersection(articles)).sorted() } ?? articles
        }
        let candidates = found ?? []
        let matches = try candidates.filter { number in try fields(tree, number).contains { $0.lowercased().contains(query) } }
        return (candidates, matches)
    }

    static func shardLists(_ tree: OutputTree, number: Int) throws -> [String: [String]] {
        let text = SampleSite.text(tree, SearchIndex.path(of: number))
        let prefix = "JianbaoSearch.shard(\(number),"
        #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"))
        let json = text.dropFirst(prefix.count).dropLast(3)
        return try JSONDecoder().decode([String: [String]].self, from: Data(json.utf8))
    }

    static func fields(_ tree: OutputTree, _ number: Int) throws -> [String] {
        struct Text: Decodable { var u: String; var d: String; var p: String; var f: [String] }
        let text = SampleSite.text(tree, SearchDocuments.path(of: number))
        let json = text.drop(while: { $0 != "{" }).dropLast(3)
        return try JSONDecoder().decode(Text.self, from: Data(json.utf8)).f
    }

    static func decode(_ encoded: String) -> [Int] {
        guard let bytes = Data(base64Encoded: String(encoded.dropFirst())).map(Array.init) else { return [] }
        if encoded.first == "b" {
            return bytes.indices.flatMap { index in (0..<8).filter { bytes[index] & (1 << $0) != 0 }.map { index * 8 + $0 } }
        }
        var articles: [Int] = [], article = -1, value = 0, shift = 0
        for byte in bytes {
            value |= Int(byte & 0x7F) << shift
            shift += 7
            if byte < 0x80 { article += value + 1; articles.append(article); value = 0; shift = 0 }
        }
        return articles
    }

    @Test func everyArticleWithAShortQueryIsInItsListAndNoOther() throws {
        let result = try Self.build()
        let shards = SearchIndex.shardCount(articles: result.model.articles.count)
        let texts = try result.model.articles.indices.map { try Self.fields(result.tree, $0) }
        // Every character and pair of the texts, and some that are in none.
        var queries = Set(["鲸", "无此"])
        for field in texts.joined() {
            let scalars = Array(field.lowercased().unicodeScalars)
            for index in scalars.indices {
                if scalars[index] != " " { queries.insert(String(scalars[index])) }
                if index + 1 < scalars.count { queries.insert(String(String.UnicodeScalarView(scalars[index...index + 1]))) }
            }
        }
        for query in queries {
            let expected = texts.indices.filter { texts[$0].contains { $0.lowercased().contains(query) } }
            #expect(try Self.search(query, in: result.tree, shards: shards).candidates == expected, "\(query)")
        }
    }

    @Test(arguments: ["夜间公交", "梧桐区", "abc energy", "1200", "北站改造工地", "公交线路", "总投资12亿元"])
    func aLongerQuerysCandidatesHoldEveryMatch(_ query: String) throws {
        let result = try Self.build()
        let shards = SearchIndex.shardCount(articles: result.model.articles.count)
        let texts = try result.model.articles.indices.map { try Self.fields(result.tree, $0) }
        let expected = texts.indices.filter { texts[$0].contains { $0.lowercased().contains(query) } }
        let found = try Self.search(query, in: result.tree, shards: shards)
        #expect(found.matches == expected)
        #expect(Set(expected).isSubset(of: found.candidates))
        #expect(!expected.isEmpty)
    }

    @Test(arguments: ["120", "1200", "200", "abc", "energy", "nerg", "12亿"])
    func aPieceOfAWordOrNumberHasAnExactList(_ query: String) throws {
        let result = try Self.build()
        let texts = try result.model.articles.indices.map { try Self.fields(result.tree, $0) }
        let expected = texts.indices.filter { texts[$0].contains { $0.lowercased().contains(query) } }
        let found = try Self.search(query, in: result.tree, shards: SearchIndex.shardCount(articles: result.model.articles.count))
        #expect(!expected.isEmpty)
        #expect(query.contains("亿") ? found.matches == expected : found.candidates == expected)
    }

    @Test func aCandidateWithThePairsApartIsNoMatchAndNoPairSpansTwoFields() throws {
        let result = try Self.build()
        let found = try Self.search("夜间公交", in: result.tree, shards: SearchIndex.shardCount(articles: result.model.articles.count))
        #expect(found.matches.map { result.model.articles[$0].title } == ["梧桐区开通夜间公交"])
        #expect(found.candidates.map { result.model.articles[$0].title }.sorted() == ["梧桐区召开项目推进会", "梧桐区开通夜间公交"])
    }

    @Test func theTextsHoldTheTitleFirstThenTheBylineAndTheParagraphs() throws {
        let result = try Self.build()
        let number = try #require(result.model.articles.firstIndex { $0.title == "梧桐区召开项目推进会" })
        #expect(try Self.fields(result.tree, number) == ["梧桐区召开项目推进会", "记者 吴三", "3月9日,梧桐区召开会议,研究夜间出行。", "会议时间公布后,公交线路将调整。"])
    }

    @Test func theFiltersListEachDistrictsAndYearsArticles() throws {
        let result = try Self.build()
        let text = SampleSite.text(result.tree, SearchDocuments.facetsPath)
        struct Facets: Decodable { var d: [String]; var y: [String: String] }
        let json = text.dropFirst("JianbaoSearch.facets(".count).dropLast(3)
        let facets = try JSONDecoder().decode(Facets.self, from: Data(json.utf8))
        #expect(facets.d.map(Self.decode) == result.model.districts.map { $0.articles.sorted() })
        #expect(facets.y.keys.sorted() == ["2020"] && Self.decode(facets.y["2020"]!) == result.model.articles.indices.filter { result.model.articles[$0].article.date != nil })
        let page = SampleSite.text(result.tree, SearchPage.path)
        #expect(page.contains("data-shards=\"\(SearchIndex.shardCount(articles: result.model.articles.count))\""))
        #expect(page.contains("<option value=\"2020\">2020年</option>"))
    }

    @Test func theIndexIsTheSameWhateverTheRunsItWasBuiltIn() throws {
        let fields = try Self.build().model.articles.map(SearchText.fields)
        let articles = Array(repeating: fields, count: 70).flatMap { $0 }
        let whole = SearchIndex(articleCount: articles.count) { articles[$0] }
        // One run: the same articles in one table.
        let single = GramTable()
        for (number, article) in articles.enumerated() { SearchIndex.add(article, article: Int32(number), to: single) }
        let wholeLists = Dictionary(uniqueKeysWithValues: whole.grams.indices.map { (whole.grams[$0], whole.body[$0].encoded() + whole.title[$0].encoded()) })
        let singleLists = Dictionary(uniqueKeysWithValues: single.lists().map { ($0.gram, $0.body.encoded() + $0.title.encoded()) })
        #expect(wholeLists == singleLists)
    }
}
