/// Where a long list's pages end, chosen by the items themselves rather than by counting: an item
/// whose key hashes to a chosen value ends its page (after a minimum length), so adding or removing
/// one item changes the page it is on, and the pages before and after it stay as they were. Pages
/// hold about `size` items, never more than twice that.
enum PageBreaks {
    /// The pages of items with `keys`, each a range of indexes; `mustBreak(i)` ends a page after
    /// item `i` whatever its key (a listing's change of year).
    static func pages(_ keys: [String], size: Int, mustBreak: (Int) -> Bool = { _ in false }) -> [Range<Int>] {
        pages(hashes: keys.map(stableHash), size: size, mustBreak: mustBreak)
    }

    /// The same, from the keys' `stableHash`es, for keys paged in more than one list.
    static func pages(hashes keys: [UInt64], size: Int, mustBreak: (Int) -> Bool = { _ in false }) -> [Range<Int>] {
        let shortest = max(1, size / 4)
        let longest = max(1, size * 2)
        // Past the shortest length an item ends its page one time in `spread`: on average `size` items a page.
        let spread = UInt64(max(1, size - shortest + 1))
        var pages: [Range<Int>] = []
        var start = 0
        for index in keys.indices {
            let length = index - start + 1
            let ends = index == keys.count - 1 || mustBreak(index) || length >= longest
                || (length >= shortest && keys[index] % spread == 0)
            if ends {
                pages.append(start..<(index + 1))
                start = index + 1
            }
        }
        return pages
    }

    // FNV-1a over the key's UTF-8: the same in every process, so `build` and `serve` page alike.
    static func stableHash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        // The low bits of FNV mix poorly: fold the high ones in before taking a remainder.
        return hash ^ (hash >> 29)
    }
}
