/// YAML front matter written by hand: every string double-quoted, so no report text is read as YAML syntax.
struct FrontMatter {
    private var lines: [String] = []

    mutating func add(_ key: String, _ value: String?) {
        if let value { lines.append("\(key): \(Self.quoted(value))") }
    }

    /// A value that is already valid YAML: a number or an ISO date.
    mutating func addRaw(_ key: String, _ value: String) {
        lines.append("\(key): \(value)")
    }

    /// A list of mappings; each pair's value is already YAML.
    mutating func addList(_ key: String, _ items: [[(String, String)]]) {
        guard !items.isEmpty else { return }
        lines.append("\(key):")
        for item in items {
            for (position, (name, value)) in item.enumerated() {
                lines.append((position == 0 ? "  - " : "    ") + "\(name): \(value)")
            }
        }
    }

    var text: String { "---\n" + lines.joined(separator: "\n") + "\n---\n" }

    /// A YAML double-quoted scalar.
    static func quoted(_ value: String) -> String { QuotedString.make(value) }
}
