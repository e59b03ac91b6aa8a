import Foundation

/// Readable ASCII URL slugs from Chinese text, through pinyin.
public enum Slug {
    /// Lowercase pinyin words joined by `-`, at most `limit` characters; `item` when nothing is left.
    public static func make(_ text: String, limit: Int = 60) -> String {
        makeAll([text], limit: limit)[0]
    }

    /// Slugs for many texts at once; `names` are place names, which are spelled whole.
    public static func makeAll(_ texts: [String], limit: Int = 60, names: Bool = false) -> [String] {
        (names ? Pinyin.latin(names: texts) : Pinyin.latin(texts)).map { slug(fromLatin: $0, limit: limit) }
    }

    static func slug(fromLatin latin: String, limit: Int) -> String {
        // Only ASCII letters and digits are kept, so the bytes can be looked at directly.
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in latin.lowercased().utf8 {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                word.append(byte)
            } else if !word.isEmpty {
                words.append(word)
                word = []
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug: [UInt8] = []
        for word in words {
            let length = slug.isEmpty ? word.count : slug.count + 1 + word.count
            if length > limit { break }
            if !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
            slug += word
        }
        if slug.isEmpty { slug = Array(words.first?.prefix(limit) ?? []) }
        return slug.isEmpty ? "item" : String(decoding: slug, as: UTF8.self)
    }

    /// Makes each slug unique in input order: the second `a` becomes `a-2`, the third `a-3`.
    public static func unique(_ slugs: [String]) -> [String] {
        var taken = Set<String>()
        var counts: [String: Int] = [:]
        return slugs.map { slug in
            var candidate = slug
            while taken.contains(candidate) {
                counts[slug, default: 1] += 1
                candidate = "\(slug)-\(counts[slug]!)"
            }
            taken.insert(candidate)
            return candidate
        }
    }
}
