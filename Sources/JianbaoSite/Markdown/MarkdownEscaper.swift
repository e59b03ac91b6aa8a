/// Escapes report text so that cmark reads it as literal text, never as markup.
public enum MarkdownEscaper {
    /// Who reads the Markdown.
    public enum Style: Sendable {
        /// cmark, for this site: every ASCII punctuation mark escaped.
        case commonMark
        /// Any Markdown reader (Hugo's goldmark, Jekyll's kramdown): only the marks every one of them
        /// lets a backslash escape, and character references for the rest, so no reader shows a stray backslash.
        case portable
    }

    // CommonMark lets a backslash escape any of these, and only these.
    static let punctuation = ##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##
    // The original Markdown's escapes, which kramdown and CommonMark share, plus the marks that start
    // kramdown's tables, math, definitions and headings.
    static let portablePunctuation = ##"\`*_{}[]()#+-.!|$:="##
    static let portableReferences: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "~": "&#126;"]

    // What each ASCII byte becomes, per style; nil for a byte kept as it is, as are all bytes of other scalars.
    private static let commonMarkTable = table(for: .commonMark)
    private static let portableTable = table(for: .portable)

    private static func table(for style: Style) -> [String?] {
        (0..<128).map { value -> String? in
            let character = Character(Unicode.Scalar(UInt8(value)))
            if character == "\n" || character == "\r" { return " " }
            if style == .portable, let reference = portableReferences[character] { return reference }
            let escaped = (style == .commonMark ? punctuation : portablePunctuation).contains(character)
            return escaped ? "\\" + String(character) : nil
        }
    }

    /// Escapes all ASCII punctuation, keeps edge spaces as character references (cmark would trim
    /// them), and turns line breaks into spaces so that no line can start a block.
    public static func escape(_ text: String, style: Style = .commonMark) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 4 + 8)
        escape(text[...], style: style, into: &result)
        return result
    }

    /// Appends `text` escaped as `escape(_:style:)` escapes it to `result`.
    static func escape(_ text: Substring, style: Style, into result: inout String) {
        let table = style == .commonMark ? commonMarkTable : portableTable
        // First the bytes to replace, from the contiguous UTF-8; then the runs between them are
        // appended as substrings, which needs no new check of their UTF-8. Every byte replaced is
        // ASCII, so each run starts and ends between scalars.
        var cuts: [(offset: Int, replacement: String)] = []
        var bytes = text
        bytes.withUTF8 { bytes in
            let count = bytes.count
            var leading = 0
            while leading < count, isEdgeSpace(bytes[leading]) { leading += 1 }
            var trailing = 0
            while leading < count, trailing < count, isEdgeSpace(bytes[count - 1 - trailing]) { trailing += 1 }
            for offset in 0..<count where bytes[offset] < 128 {
                let byte = bytes[offset]
                if offset < leading || offset >= count - trailing {
                    cuts.append((offset, "&#\(byte);"))
                } else if let replacement = table[Int(byte)] {
                    cuts.append((offset, replacement))
                }
            }
        }
        var run = text.startIndex
        for cut in cuts {
            let at = text.utf8.index(text.startIndex, offsetBy: cut.offset)
            result += text[run..<at]
            result += cut.replacement
            run = text.utf8.index(after: at)
        }
        result += text[run...]
    }

    private static func isEdgeSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
