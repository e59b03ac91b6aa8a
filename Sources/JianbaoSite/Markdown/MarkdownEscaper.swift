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

    // What each ASCII byte becomes, per style; bytes of other scalars are copied as they are.
    private static let commonMarkTable = table(for: .commonMark)
    private static let portableTable = table(for: .portable)

    private static func table(for style: Style) -> [[UInt8]?] {
        (0..<128).map { value -> [UInt8]? in
            let character = Character(Unicode.Scalar(UInt8(value)))
            if character == "\n" || character == "\r" { return [UInt8(ascii: " ")] }
            if style == .portable, let reference = portableReferences[character] { return Array(reference.utf8) }
            let escaped = (style == .commonMark ? punctuation : portablePunctuation).contains(character)
            return escaped ? [UInt8(ascii: "\\"), UInt8(value)] : nil
        }
    }

    /// Escapes all ASCII punctuation, keeps edge spaces as character references (cmark would trim
    /// them), and turns line breaks into spaces so that no line can start a block.
    public static func escape(_ text: String, style: Style = .commonMark) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + text.utf8.count / 4 + 8)
        escape(text[...], style: style, into: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `text` escaped as `escape(_:style:)` escapes it to `result`, as UTF-8.
    static func escape(_ text: Substring, style: Style, into result: inout [UInt8]) {
        let table = style == .commonMark ? commonMarkTable : portableTable
        let isEdgeSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        var text = text
        text.withUTF8 { bytes in
            let leading = bytes.prefix(while: isEdgeSpace).count
            let trailing = leading == bytes.count ? 0 : bytes.reversed().prefix(while: isEdgeSpace).count
            for (index, byte) in bytes.enumerated() {
                if index < leading || index >= bytes.count - trailing {
                    result.append(contentsOf: "&#\(byte);".utf8)
                } else if byte < 128, let replacement = table[Int(byte)] {
                    result.append(contentsOf: replacement)
                } else {
                    result.append(byte)
                }
            }
        }
    }
}
