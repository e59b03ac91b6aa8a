import Foundation

/// Readable ASCII URL slugs from Chinese text, through pinyin.
public enum Slug {
    /// Lowercase pinyin words joined by `-`, at most `limit` characters; `item` when nothing is left.
    public static func make(_ text: String, limit: Int = 60) -> String {
        makeAll([text], limit: limit)[0]
    }

    /// Slugs for many texts with one pinyin transform: building ICU's transliterator costs more than using it.
    public static func makeAll(_ texts: [String], limit: Int = 60) -> [String] {
        Pinyin.latin(texts).map { slug(fromLatin: $0, limit: limit) }
    }

    static func slug(fromLatin latin: String, limit: Int) -> String {
        var words: [String] = []
        var word = ""
        for scalar in latin.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > limit { break }
            slug = next
        }
        if slug.isEmpty { slug = String(words.first?.prefix(limit) ?? "") }
        return slug.isEmpty ? "item" : slug
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
