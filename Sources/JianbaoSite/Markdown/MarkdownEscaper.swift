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
    static let punctuation = Set(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##.unicodeScalars)
    // The original Markdown's escapes, which kramdown and CommonMark share, plus the marks that start
    // kramdown's tables, math, definitions and headings.
    static let portablePunctuation = Set(##"\`*_{}[]()#+-.!|$:="##.unicodeScalars)
    static let portableReferences: [Unicode.Scalar: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "~": "&#126;"]

    /// Escapes all ASCII punctuation, keeps edge spaces as character references (cmark would trim
    /// them), and turns line breaks into spaces so that no line can start a block.
    public static func escape(_ text: String, style: Style = .commonMark) -> String {
        let scalars = Array(text.unicodeScalars)
        let isEdgeSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        let leading = scalars.prefix(while: isEdgeSpace).count
        let trailing = leading == scalars.count ? 0 : scalars.reversed().prefix(while: isEdgeSpace).count
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for (index, scalar) in scalars.enumerated() {
            if index < leading || index >= scalars.count - trailing {
                result += "&#\(scalar.value);"
            } else if scalar == "\n" || scalar == "\r" {
                result.append(" ")
            } else if style == .portable, let reference = portableReferences[scalar] {
                result += reference
            } else {
                if (style == .commonMark ? punctuation : portablePunctuation).contains(scalar) { result.append("\\") }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
