/// The articles each gram occurs in, for one run of articles: an open-addressing table from gram to posting lists.
///
/// A gram is one character or two adjacent ones, packed in a `UInt64`. The standard dictionary cost
/// twice as much here: building looks a gram up for every character of every article.
struct GramTable {
    private var keys: [UInt64]
    private var slots: [Int32]
    private var mask: Int
    private(set) var grams: [UInt64] = []
    /// Every article the gram occurs in, and those whose title has it.
    private(set) var body: [PostingList] = []
    private(set) var title: [PostingList] = []

    private static let empty = UInt64.max

    init(capacity: Int = 1 << 14) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    static func unigram(_ scalar: UInt32) -> UInt64 { UInt64(scalar) }
    static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 { 1 << 42 | UInt64(first) << 21 | UInt64(second) }

    /// The gram's characters.
    static func scalars(of gram: UInt64) -> [UInt32] {
        gram >> 42 == 0 ? [UInt32(gram)] : [UInt32(gram >> 21 & 0x1F_FFFF), UInt32(gram & 0x1F_FFFF)]
    }

    /// Records that `article` has `gram`, in its title too when `inTitle`.
    @inline(__always)
    mutating func add(_ gram: UInt64, article: Int32, inTitle: Bool) {
        let index = slot(of: gram)
        body[index].add(article)
        if inTitle { title[index].add(article) }
    }

    /// Adds every list of `other`, whose articles all come after this table's.
    mutating func append(_ other: GramTable) {
        for index in other.grams.indices {
            let mine = slot(of: other.grams[index])
            body[mine].append(other.body[index])
            title[mine].append(other.title[index])
        }
    }

    @inline(__always)
    private mutating func slot(of gram: UInt64) -> Int {
        var position = Int(truncatingIfNeeded: (gram &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while true {
            let key = keys[position]
            if key == gram { return Int(slots[position]) }
            if key == Self.empty { break }
            position = (position + 1) & mask
        }
        keys[position] = gram
        slots[position] = Int32(grams.count)
        grams.append(gram)
        body.append(PostingList())
        title.append(PostingList())
        if grams.count * 2 > keys.count { grow() }
        return grams.count - 1
    }

    private mutating func grow() {
        keys = [UInt64](repeating: Self.empty, count: keys.count * 2)
        slots = [Int32](repeating: 0, count: keys.count)
        mask = keys.count - 1
        for (index, gram) in grams.enumerated() {
            var position = Int(truncatingIfNeeded: (gram &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
            while keys[position] != Self.empty { position = (position + 1) & mask }
            keys[position] = gram
            slots[position] = Int32(index)
        }
    }
}
