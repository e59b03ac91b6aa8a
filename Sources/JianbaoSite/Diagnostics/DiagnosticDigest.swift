import JianbaoReading

/// Warnings grouped by kind for a terminal, so that 16,000 of them fit on a screen: the first few of
/// each kind, then how many more there are. Errors are always listed one by one.
///
/// A warning's kind is its message with what varies left out: quoted text (“…”) and numbers, so
/// `joined to the paragraph that breaks off at line 37` is of the kind `… at line N`.
public enum DiagnosticDigest {
    /// The lines to print: every error, and up to `examples` warnings of each kind followed by a line
    /// counting the rest, kinds in the order they first occur.
    public static func lines(_ diagnostics: [Diagnostic], examples: Int = 3) -> [String] {
        var order: [String] = []
        var groups: [String: [Diagnostic]] = [:]
        var lines: [String] = []
        for diagnostic in diagnostics {
            guard !diagnostic.isError else { continue }
            let kind = kind(of: diagnostic.message)
            if groups[kind] == nil { order.append(kind) }
            groups[kind, default: []].append(diagnostic)
        }
        lines += diagnostics.filter(\.isError).map(\.description)
        for kind in order {
            let group = groups[kind]!
            // A count line in place of one warning would save nothing.
            let shown = group.count <= examples + 1 ? group.count : examples
            lines += group.prefix(shown).map(\.description)
            if shown < group.count {
                lines.append("… and \(group.count - shown) more warnings like these: “\(kind)” (jianbao check or build --verbose lists them all)")
            }
        }
        return lines
    }

    /// The message with quoted text made `…` and each run of digits `N`.
    static func kind(of message: String) -> String {
        var kind = ""
        var quoted = 0
        var inNumber = false
        for character in message {
            switch character {
            case "“":
                if quoted == 0 { kind += "“…" }
                quoted += 1
            case "”" where quoted > 0:
                quoted -= 1
                if quoted == 0 { kind += "”" }
            case _ where quoted > 0:
                continue
            case "0"..."9":
                if !inNumber { kind += "N" }
                inNumber = true
                continue
            default:
                kind.append(character)
            }
            inNumber = false
        }
        return kind
    }
}
