import Foundation

/// The site's search index: for every character and pair of adjacent characters, the articles that
/// have it, split into shards that `search.js` loads one `<script>` at a time.
///
/// An article is its number in the site's newest-first order. A query of one or two characters is
/// answered by its gram's list alone; a longer one by the lists of all its pairs, and `search.js`
/// then checks each candidate's text (`SearchDocuments`), so every result contains the query.
struct SearchIndex: Sendable {
    static let folder = "search/index"
    // An article has about a thousand distinct grams, a byte or two each in its lists: sixteen
    // articles make shards of a few tens of kilobytes, so a query of a few characters stays small.
    static let articlesPerShard = 16

    let table: GramTable
    let shardCount: Int

    /// Indexes `articles` (each its search fields) on all cores, a run of articles to each.
    init(articleCount: Int, fields: @Sendable (Int) -> [String]) {
        let runs = Swift.max(1, Swift.min(articleCount / 64, ProcessInfo.processInfo.activeProcessorCount))
        let bounds = (0...runs).map { articleCount * $0 / runs }
        let tables = Array(0..<runs).parallelMap(batch: 1) { run in
            var table = GramTable()
            for article in bounds[run]..<bounds[run + 1] {
                Self.add(fields(article), article: Int32(article), to: &table)
            }
            return table
        }
        var table = tables.first ?? GramTable()
        for other in tables.dropFirst() { table.append(other) }
        self.table = table
        shardCount = Self.shardCount(articles: articleCount)
    }

    /// How many shards an index of `articles` has: a power of two, about `articlesPerShard` articles' lists each.
    static func shardCount(articles: Int) -> Int {
        var shards = 1
        while shards * articlesPerShard < articles { shards <<= 1 }
        return shards
    }

    static func add(_ fields: [String], article: Int32, to table: inout GramTable) {
        for (index, field) in fields.enumerated() {
            let inTitle = index == 0
            var previous: UInt32?
            for scalar in field.unicodeScalars {
                let value = SearchText.folded(scalar.value)
                if value != 0x20 { table.add(GramTable.unigram(value), article: article, inTitle: inTitle) }
                if let previous { table.add(GramTable.bigram(previous, value), article: article, inTitle: inTitle) }
                previous = value
            }
        }
    }

    /// The shard a gram is in: FNV-1a over its characters, as `search.js` computes it.
    static func shard(of scalars: [UInt32], count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for scalar in scalars { hash = (hash ^ scalar) &* 16_777_619 }
        return Int(hash) & (count - 1)
    }

    /// The path of shard `number`.
    static func path(of number: Int) -> String { "\(folder)/\(number).js" }

    /// Every shard as a script: `JianbaoSearch.shard(N,{"gram":["body list","title list"],…});`.
    func shardFiles() -> [(path: String, bytes: [UInt8])] {
        var grouped = [[Int]](repeating: [], count: shardCount)
        for (index, gram) in table.grams.enumerated() {
            grouped[Self.shard(of: GramTable.scalars(of: gram), count: shardCount)].append(index)
        }
        let members = grouped
        return Array(members.indices).parallelMap { number in
            let grams = members[number].sorted { table.grams[$0] < table.grams[$1] }
            var bytes = Array("JianbaoSearch.shard(\(number),{".utf8)
            for (position, index) in grams.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                let text = String(String.UnicodeScalarView(GramTable.scalars(of: table.grams[index]).compactMap(Unicode.Scalar.init)))
                QuotedString.append(text, to: &bytes)
                bytes += Array(":[\"".utf8) + table.body[index].encoded()
                if table.title[index].count > 0 { bytes += Array("\",\"".utf8) + table.title[index].encoded() }
                bytes += Array("\"]".utf8)
            }
            bytes += Array("});\n".utf8)
            return (Self.path(of: number), bytes)
        }
    }
}
