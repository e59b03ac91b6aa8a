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

    /// Every gram, with the articles that have it and those whose title has it; a gram no article
    /// has any more (`replace`) keeps its place with empty lists and is not written.
    private(set) var grams: [UInt64]
    private(set) var body: [PostingList]
    private(set) var title: [PostingList]
    let shardCount: Int
    /// Where each gram is in `grams`, and the grams of each shard.
    private var position: [UInt64: Int]
    private var members: [[Int]]

    /// Indexes `articles` (each its search fields) on all cores, a run of articles to each.
    init(articleCount: Int, fields: @Sendable (Int) -> [String]) {
        let runs = Swift.max(1, Swift.min(articleCount / 64, ProcessInfo.processInfo.activeProcessorCount * 4))
        let bounds = (0...runs).map { articleCount * $0 / runs }
        let tables = Array(0..<runs).parallelMap(batch: 1) { run in
            let table = GramTable()
            for article in bounds[run]..<bounds[run + 1] {
                Self.add(fields(article), article: Int32(article), to: table)
            }
            return table
        }
        // The runs' lists joined, each gram's in run order.
        var grams: [UInt64] = [], body: [PostingList] = [], title: [PostingList] = []
        var position: [UInt64: Int] = [:]
        for table in tables {
            for list in table.lists() {
                if let known = position[list.gram] {
                    body[known].append(list.body)
                    title[known].append(list.title)
                } else {
                    position[list.gram] = grams.count
                    grams.append(list.gram)
                    body.append(list.body)
                    title.append(list.title)
                }
            }
        }
        (self.grams, self.body, self.title, self.position) = (grams, body, title, position)
        shardCount = Self.shardCount(articles: articleCount)
        members = [[Int]](repeating: [], count: shardCount)
        for (index, gram) in grams.enumerated() { members[Self.shard(of: gram, count: shardCount)].append(index) }
    }

    /// Replaces the fields `old` of article `article` with `new`; the shards whose lists changed.
    mutating func replace(article: Int32, old: [String], new: [String]) -> Set<Int> {
        let (oldBody, oldTitle) = Self.gramSets(of: old)
        let (newBody, newTitle) = Self.gramSets(of: new)
        var shards = Set<Int>()
        func change(_ grams: Set<UInt64>, in lists: WritableKeyPath<SearchIndex, [PostingList]>, adding: Bool) {
            for gram in grams {
                let index = self.index(of: gram)
                self[keyPath: lists][index] = self[keyPath: lists][index].with(article, adding: adding)
                shards.insert(Self.shard(of: gram, count: shardCount))
            }
        }
        change(oldBody.subtracting(newBody), in: \.body, adding: false)
        change(newBody.subtracting(oldBody), in: \.body, adding: true)
        change(oldTitle.subtracting(newTitle), in: \.title, adding: false)
        change(newTitle.subtracting(oldTitle), in: \.title, adding: true)
        return shards
    }

    private mutating func index(of gram: UInt64) -> Int {
        if let known = position[gram] { return known }
        position[gram] = grams.count
        members[Self.shard(of: gram, count: shardCount)].append(grams.count)
        grams.append(gram)
        body.append(PostingList())
        title.append(PostingList())
        return grams.count - 1
    }

    // An article's grams, all fields' and its title's, as `add` gives them to a table.
    private static func gramSets(of fields: [String]) -> (body: Set<UInt64>, title: Set<UInt64>) {
        var body = Set<UInt64>(), title = Set<UInt64>()
        forEachField(fields) { grams, inTitle in
            body.formUnion(grams)
            if inTitle { title.formUnion(grams) }
        }
        return (body, title)
    }

    /// How many shards an index of `articles` has: a power of two, about `articlesPerShard` articles' lists each.
    static func shardCount(articles: Int) -> Int {
        var shards = 1
        while shards * articlesPerShard < articles { shards <<= 1 }
        return shards
    }

    /// Adds the grams of an article's fields (as `SearchText.fields` makes them) to `table`.
    static func add(_ fields: [String], article: Int32, to table: GramTable) {
        forEachField(fields) { batch, inTitle in batch.withUnsafeBufferPointer { table.add($0, article: article, inTitle: inTitle) } }
    }

    // Each field's grams in turn, the first field's marked as the title's.
    private static func forEachField(_ fields: [String], _ body: (_ grams: [UInt64], _ inTitle: Bool) -> Void) {
        var batch: [UInt64] = []
        for (index, field) in fields.enumerated() {
            batch.removeAll(keepingCapacity: true)
            var field = field
            field.withUTF8 { utf8 in grams(of: utf8, into: &batch) }
            body(batch, index == 0)
        }
    }

    // Decodes the UTF-8 by hand: the index walks every character of the site, and the string's
    // scalar iterator costs twice as much.
    private static func grams(of utf8: UnsafeBufferPointer<UInt8>, into batch: inout [UInt64]) {
        var index = 0
        var previous: UInt32 = .max
        var runStart = 0
        // Every piece of three to eight characters of a run of ASCII letters and digits: a number's
        // pairs (63, 38) are in nearly every article, so a query like 638 needs its own list.
        func endRun(at end: Int) {
            guard end - runStart >= 3 else { return }
            for start in runStart..<(end - 2) {
                var key: UInt64 = 0
                for offset in 0..<Swift.min(GramTable.longestRun, end - start) {
                    key = key << 7 | UInt64(SearchText.folded(UInt32(utf8[start + offset])))
                    if offset >= 2 { batch.append(GramTable.run(key, length: offset + 1)) }
                }
            }
        }
        while index < utf8.count {
            let lead = UInt32(utf8[index])
            var value: UInt32
            switch lead {
            case 0..<0x80:
                value = lead
                let isWord = (0x30...0x39).contains(lead) || (0x41...0x5A).contains(lead) || (0x61...0x7A).contains(lead)
                if !isWord { endRun(at: index); runStart = index + 1 }
                index += 1
            case 0xC0..<0xE0:
                endRun(at: index)
                runStart = index + 2
                value = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                index += 2
            case 0xE0..<0xF0:
                endRun(at: index)
                runStart = index + 3
                value = (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                index += 3
            default:
                endRun(at: index)
                runStart = index + 4
                value = (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12 | UInt32(utf8[index + 2] & 0x3F) << 6
                    | UInt32(utf8[index + 3] & 0x3F)
                index += 4
            }
            value = SearchText.folded(value)
            if value != 0x20 { batch.append(GramTable.unigram(value)) }
            if previous != .max { batch.append(GramTable.bigram(previous, value)) }
            previous = value
        }
        endRun(at: utf8.count)
    }

    /// The shard `gram` is in.
    static func shard(of gram: UInt64, count: Int) -> Int { shard(of: GramTable.scalars(of: gram), count: count) }

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
        Array(0..<shardCount).parallelMap { (Self.path(of: $0), shardFile($0)) }
    }

    /// Shard `number` as a script; its grams in order, each with its lists.
    func shardFile(_ number: Int) -> [UInt8] {
        let inShard = members[number].filter { body[$0].count > 0 }.sorted { grams[$0] < grams[$1] }
        var bytes = Array("JianbaoSearch.shard(\(number),{".utf8)
        for (position, index) in inShard.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            let text = String(String.UnicodeScalarView(GramTable.scalars(of: grams[index]).compactMap(Unicode.Scalar.init)))
            QuotedString.append(text, to: &bytes)
            bytes += Array(":[\"".utf8) + body[index].encoded()
            if title[index].count > 0 { bytes += Array("\",\"".utf8) + title[index].encoded() }
            bytes += Array("\"]".utf8)
        }
        bytes += Array("});\n".utf8)
        return bytes
    }
}
