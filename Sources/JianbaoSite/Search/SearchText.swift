import JianbaoReading

/// The text of an article as search sees it: its fields in page order, each with its whitespace collapsed.
///
/// A match never spans two fields. The browser's `search.js` folds queries the same way, so both
/// sides must agree on what is whitespace and what case folding does (ASCII letters only).
enum SearchText {
    /// Title, kicker, subheadline, byline, then the body's headings, paragraphs and captions; empty ones left out.
    static func fields(of entry: ArticleEntry) -> [String] {
        let article = entry.article
        var fields = [entry.title, article.kicker ?? "", article.subheadline ?? "", BylineText.make(article.byline)]
        for block in article.blocks {
            switch block {
            case .section(let title, _): fields.append(title)
            // A list (`Paragraph.isList`, asked of the bytes) is shown one item to a line, without its markers.
            case .paragraph(let paragraph) where paragraph.text.utf8.contains(0x0A):
                fields += paragraph.text.split(separator: "\n").map { Paragraph.itemText(String($0)) }
            case .paragraph(let paragraph), .caption(let paragraph): fields.append(paragraph.text)
            }
        }
        return fields.enumerated().compactMap { index, field in
            let collapsed = collapsed(field)
            return index == 0 || !collapsed.isEmpty ? collapsed : nil
        }
    }

    /// `text` with each run of whitespace made one space, and none at either end.
    static func collapsed(_ text: String) -> String {
        guard hasSpace(text) else { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    // The same class as `isSpace`, found in the UTF-8 bytes: nearly every field has none, and
    // walking every field's scalars was a visible part of the search stage.
    static func hasSpace(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case 0x09...0x0D, 0x20: return true
                case 0xC2: if index + 1 < utf8.count, utf8[index + 1] == 0x85 || utf8[index + 1] == 0xA0 { return true }
                case 0xE1, 0xE2, 0xE3, 0xEF:
                    guard index + 2 < utf8.count else { break }
                    let second = utf8[index + 1], third = utf8[index + 2]
                    switch (byte, second) {
                    case (0xE1, 0x9A): if third == 0x80 { return true }  // U+1680
                    case (0xE2, 0x80): if third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF { return true }
                    case (0xE2, 0x81): if third == 0x9F { return true }  // U+205F
                    case (0xE3, 0x80): if third == 0x80 { return true }  // U+3000
                    case (0xEF, 0xBB): if third == 0xBF { return true }  // U+FEFF
                    default: break
                    }
                default: break
                }
                index += 1
            }
            return false
        }
    }

    // JavaScript's `\s` plus NEL: the class `search.js` collapses.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// The scalar as search compares it: ASCII capitals lowered, everything else as it is.
    @inline(__always)
    static func folded(_ value: UInt32) -> UInt32 {
        (0x41...0x5A).contains(value) ? value + 0x20 : value
    }
}
