/// Escapes report text so that cmark reads it as literal text, never as markup.
public enum MarkdownEscaper {
    // CommonMark lets a backslash escape any of these, and only these.
    static let punctuation = Set(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##.unicodeScalars)

    /// Escapes all ASCII punctuation, keeps edge spaces as character references (cmark would trim
    /// them), and turns line breaks into spaces so that no line can start a block.
    public static func escape(_ text: String) -> String {
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
            } else {
                if punctuation.contains(scalar) { result.append("\\") }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
