/// The articles each gram occurs in, for one run of articles: a table from gram to posting lists.
///
/// A gram is one character, two adjacent ones, or a piece of a run of ASCII letters and digits, packed in a `UInt64`. Building looks a gram up for
/// every character of every article, so characters of the Basic Multilingual Plane have a slot each,
/// pairs go in an open-addressing table, and each slot remembers the last article it saw, so that a
/// gram repeated in an article costs one memory read. The slots are raw memory: checking an array's
/// uniqueness on every character was a tenth of the index's time.
// Each table is filled by one thread and only read after it is handed over.
final class GramTable: @unchecked Sendable {
    private struct Slot {
        var gram = GramTable.empty
        var posting: Int32 = 0
        var lastArticle: Int32 = -1
    }

    private var pairs: UnsafeMutableBufferPointer<Slot>
    private var mask: Int
    private let characters = UnsafeMutableBufferPointer<Slot>.allocate(capacity: 0x1_0000)
    private(set) var grams: [UInt64] = []
    // Every article each gram occurs in, in raw memory for the same reason; and those whose title has it.
    private var body = UnsafeMutablePointer<RawList>.allocate(capacity: 1 << 12)
    private var bodyCapacity = 1 << 12
    private var title: [PostingList] = []

    private static let empty = UInt64.max

    init(capacity: Int = 1 << 14) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        pairs = .allocate(capacity: size)
        pairs.initialize(repeating: Slot())
        characters.initialize(repeating: Slot())
        mask = size - 1
    }

    deinit {
        pairs.deallocate()
        characters.deallocate()
        for index in grams.indices { body[index].bytes?.deallocate() }
        body.deallocate()
    }

    /// Each gram with its lists, in the order the grams were first seen.
    func lists() -> [(gram: UInt64, body: PostingList, title: PostingList)] {
        grams.indices.map { index in
            let raw = body[index]
            let gaps = raw.count > 0 ? Array(UnsafeBufferPointer(start: raw.bytes, count: Int(raw.count))) : []
            return (grams[index], PostingList(first: raw.first, last: raw.last, count: Int(raw.articles), gaps: gaps), title[index])
        }
    }

    static func unigram(_ scalar: UInt32) -> UInt64 { UInt64(scalar) }
    static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 { 1 << 42 | UInt64(first) << 21 | UInt64(second) }

    /// The longest piece of a run of ASCII letters and digits that has a list of its own.
    static let longestRun = 8

    /// A piece of `length` (3 to `longestRun`) ASCII characters, seven bits each in `characters`.
    static func run(_ characters: UInt64, length: Int) -> UInt64 { 1 << 63 | UInt64(length) << 56 | characters }

    /// The gram's characters.
    static func scalars(of gram: UInt64) -> [UInt32] {
        if gram >> 63 == 1 {
            let length = Int(gram >> 56 & 0xF)
            return (0..<length).map { UInt32(gram >> (7 * UInt64(length - 1 - $0)) & 0x7F) }
        }
        return gram >> 42 == 0 ? [UInt32(gram)] : [UInt32(gram >> 21 & 0x1F_FFFF), UInt32(gram & 0x1F_FFFF)]
    }

    /// Records that `article` has each of `batch`, as `add(_:article:inTitle:)` does one; the table's
    /// slots are read from locals, reloaded only when a new gram was added.
    func add(_ batch: UnsafeBufferPointer<UInt64>, article: Int32, inTitle: Bool) {
        var pairs = self.pairs
        var mask = self.mask
        for gram in batch {
            if gram < 0x1_0000 {
                if characters[Int(gram)].lastArticle == article && !inTitle { continue }
            } else {
                var position = Self.home(of: gram, mask: mask)
                while pairs[position].gram != gram && pairs[position].gram != Self.empty { position = (position + 1) & mask }
                if pairs[position].gram == gram {
                    if pairs[position].lastArticle == article && !inTitle { continue }
                    pairs[position].lastArticle = article
                    record(Int(pairs[position].posting), article: article, inTitle: inTitle)
                    continue
                }
            }
            add(gram, article: article, inTitle: inTitle)
            pairs = self.pairs
            mask = self.mask
        }
    }

    /// Records that `article` has `gram`, in its title too when `inTitle`; articles come in ascending order.
    func add(_ gram: UInt64, article: Int32, inTitle: Bool) {
        if gram < 0x1_0000 {
            let index = Int(gram)
            if characters[index].lastArticle == article && !inTitle { return }
            if characters[index].gram == Self.empty { characters[index] = Slot(gram: gram, posting: newPosting(gram)) }
            characters[index].lastArticle = article
            record(Int(characters[index].posting), article: article, inTitle: inTitle)
            return
        }
        var position = Self.home(of: gram, mask: mask)
        while true {
            let key = pairs[position].gram
            if key == gram { break }
            if key == Self.empty {
                pairs[position] = Slot(gram: gram, posting: newPosting(gram))
                if grams.count * 2 > pairs.count {
                    grow()
                    return add(gram, article: article, inTitle: inTitle)
                }
                break
            }
            position = (position + 1) & mask
        }
        if pairs[position].lastArticle == article && !inTitle { return }
        pairs[position].lastArticle = article
        record(Int(pairs[position].posting), article: article, inTitle: inTitle)
    }

    @inline(__always)
    private func record(_ posting: Int, article: Int32, inTitle: Bool) {
        body[posting].add(article)
        if inTitle { title[posting].add(article) }
    }

    // A posting list being built: the gaps after the first article in LEB128, as `PostingList` keeps them.
    struct RawList {
        var bytes: UnsafeMutablePointer<UInt8>?
        var count: Int32 = 0
        var capacity: Int32 = 0
        var first: Int32 = -1
        var last: Int32 = -1
        var articles: Int32 = 0

        @inline(__always)
        mutating func add(_ article: Int32) {
            guard article != last else { return }
            defer { last = article; articles += 1 }
            guard articles > 0 else { return first = article }
            var gap = UInt32(article - last - 1)
            if count + 5 > capacity {
                let grown = Swift.max(16, capacity * 2)
                let new = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(grown))
                if let bytes {
                    new.update(from: bytes, count: Int(count))
                    bytes.deallocate()
                }
                bytes = new
                capacity = grown
            }
            while gap >= 0x80 {
                bytes![Int(count)] = UInt8(gap & 0x7F) | 0x80
                count += 1
                gap >>= 7
            }
            bytes![Int(count)] = UInt8(gap)
            count += 1
        }
    }

    private func newPosting(_ gram: UInt64) -> Int32 {
        if grams.count == bodyCapacity {
            let grown = UnsafeMutablePointer<RawList>.allocate(capacity: bodyCapacity * 2)
            grown.moveInitialize(from: body, count: grams.count)
            body.deallocate()
            body = grown
            bodyCapacity *= 2
        }
        (body + grams.count).initialize(to: RawList())
        grams.append(gram)
        title.append(PostingList())
        return Int32(grams.count - 1)
    }

    // Where a pair's probe starts: Fibonacci hashing, since packed pairs differ mostly in their low bits.
    @inline(__always)
    private static func home(of gram: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (gram &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    private func grow() {
        let old = pairs
        pairs = .allocate(capacity: old.count * 2)
        pairs.initialize(repeating: Slot())
        mask = pairs.count - 1
        for slot in old where slot.gram != Self.empty {
            var position = Self.home(of: slot.gram, mask: mask)
            while pairs[position].gram != Self.empty { position = (position + 1) & mask }
            pairs[position] = slot
        }
        old.deallocate()
    }
}
