#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// Whether `word` occurs in the text, compared byte for byte in UTF-8.
    ///
    /// This overload is chosen over Foundation's `contains`, which folds character clusters through
    /// CFString and was a fifth of the reading time. Report text is compared literally everywhere in
    /// the reader (full-width forms are folded before matching), so the answers are the same.
    @inlinable
    public func contains(_ word: String) -> Bool {
        utf8Offset(of: word) != nil
    }

    /// The UTF-8 offset of the first occurrence of `word`, or nil.
    @inlinable
    public func utf8Offset(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { needle -> Int? in
            guard let first = needle.first else { return 0 }
            let search = { (haystack: UnsafeBufferPointer<UInt8>) -> Int? in
                guard haystack.count >= needle.count, let base = haystack.baseAddress, let word = needle.baseAddress else { return nil }
                // memchr finds each candidate first byte; most of a Chinese text has none of an ASCII word's.
                let last = haystack.count - needle.count
                var index = 0
                while index <= last, let found = memchr(base + index, Int32(first), last - index + 1) {
                    let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, word, needle.count) == 0 { return position }
                    index = position + 1
                }
                return nil
            }
            if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
            return Array(utf8).withUnsafeBufferPointer(search)
        }
    }

    /// Whether the text starts with `word`, compared byte for byte in UTF-8 like ``contains(_:)``.
    @inlinable
    public func hasLiteralPrefix(_ word: String) -> Bool {
        utf8.starts(with: word.utf8)
    }

    /// Whether the text is at most `limit` characters long, counting no further than needed.
    @inlinable
    public func hasAtMost(_ limit: Int) -> Bool {
        utf8.count <= limit || prefix(limit + 1).count <= limit
    }
}
