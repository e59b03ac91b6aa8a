import Foundation

/// The articles a gram occurs in, ascending, as the index file stores them.
///
/// Built by appending article numbers in order; written as `v` and the gaps (less one) in LEB128,
/// or as `b` and a bitmap of the articles when that is shorter, both in base64 (`search.js` reads them).
struct PostingList: Sendable {
    private(set) var count = 0
    private(set) var first: Int32 = -1
    private(set) var last: Int32 = -1
    /// The gaps after the first article.
    private var gaps: [UInt8] = []

    init() {}

    /// A list already built: its first and last article, how many, and the gaps after the first.
    init(first: Int32, last: Int32, count: Int, gaps: [UInt8]) {
        (self.first, self.last, self.count, self.gaps) = (first, last, count, gaps)
    }

    /// Adds `article`, which must be above every article added before; the same one again is ignored.
    @inline(__always)
    mutating func add(_ article: Int32) {
        guard article != last else { return }
        if count == 0 { first = article } else { Self.appendVarint(UInt32(article - last - 1), to: &gaps) }
        last = article
        count += 1
    }

    /// Appends `other`, whose articles all come after this list's.
    mutating func append(_ other: PostingList) {
        guard other.count > 0 else { return }
        guard count > 0 else { return self = other }
        Self.appendVarint(UInt32(other.first - last - 1), to: &gaps)
        gaps += other.gaps
        last = other.last
        count += other.count
    }

    /// The articles, ascending.
    func articles() -> [Int32] {
        guard count > 0 else { return [] }
        var articles = [first]
        articles.reserveCapacity(count)
        var index = 0
        while index < gaps.count {
            articles.append(articles[articles.count - 1] + Int32(Self.varint(in: gaps, at: &index)) + 1)
        }
        return articles
    }

    /// The same list with `article` in it (`adding`) or not.
    func with(_ article: Int32, adding: Bool) -> PostingList {
        var articles = articles()
        var (place, end) = (0, articles.count)
        while place < end {
            let middle = (place + end) / 2
            if articles[middle] < article { place = middle + 1 } else { end = middle }
        }
        let present = place < articles.count && articles[place] == article
        if adding, !present { articles.insert(article, at: place) }
        if !adding, present { articles.remove(at: place) }
        var list = PostingList()
        for article in articles { list.add(article) }
        return list
    }

    /// The list as `search.js` reads it: `v` or `b`, then base64.
    func encoded() -> [UInt8] {
        guard count > 0 else { return [UInt8(ascii: "v")] }
        var varint: [UInt8] = []
        varint.reserveCapacity(gaps.count + 5)
        Self.appendVarint(UInt32(first), to: &varint)
        varint += gaps
        let bitmapLength = Int(last) / 8 + 1
        guard bitmapLength < varint.count else { return [UInt8(ascii: "v")] + Array(Data(varint).base64EncodedData()) }
        return [UInt8(ascii: "b")] + Array(Data(bitmap(length: bitmapLength)).base64EncodedData())
    }

    private func bitmap(length: Int) -> [UInt8] {
        var bits = [UInt8](repeating: 0, count: length)
        var article = Int(first)
        var index = 0
        bits[article >> 3] |= 1 << UInt8(article & 7)
        while index < gaps.count {
            article += Int(Self.varint(in: gaps, at: &index)) + 1
            bits[article >> 3] |= 1 << UInt8(article & 7)
        }
        return bits
    }

    @inline(__always)
    private static func varint(in bytes: [UInt8], at index: inout Int) -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            let byte = bytes[index]
            index += 1
            value |= UInt32(byte & 0x7F) << shift
            shift += 7
            if byte < 0x80 { return value }
        }
    }

    @inline(__always)
    static func appendVarint(_ value: UInt32, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}
