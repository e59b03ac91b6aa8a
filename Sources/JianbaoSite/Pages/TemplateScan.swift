/// What a Mustache template's tags say about it, found in one pass over its text: the partials and
/// parents it uses, the fields it prints unescaped, and how many tags it has.
struct TemplateScan {
    /// A tag's line (from 1) and name.
    struct Tag: Equatable {
        var line: Int
        var name: String
    }

    /// `{{> name}}` and `{{< name}}`; dynamic names (`{{>*name}}`) are left out.
    private(set) var references: [Tag] = []
    /// `{{{name}}}` and `{{& name}}`.
    private(set) var unescaped: [Tag] = []
    private(set) var tagCount = 0

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var index = 0, line = 1
        func starts(_ token: [UInt8], at position: Int) -> Bool {
            position + token.count <= bytes.count && bytes[position..<position + token.count].elementsEqual(token)
        }
        func find(_ token: [UInt8], from position: Int) -> Int? {
            var position = position
            while position + token.count <= bytes.count {
                if starts(token, at: position) { return position }
                position += 1
            }
            return nil
        }
        while let start = find(open, from: index) {
            line += bytes[index..<start].count { $0 == 0x0A }
            var contentStart = start + open.count
            let triple = open == Array("{{".utf8) && contentStart < bytes.count && bytes[contentStart] == UInt8(ascii: "{")
            if triple { contentStart += 1 }
            let closing = triple ? Array("}}}".utf8) : close
            guard let end = find(closing, from: contentStart) else { break }
            let content = String(decoding: bytes[contentStart..<end], as: UTF8.self).trimmingWhitespace()
            tagCount += 1
            let sigil = content.first
            let name = (triple ? content : String(content.dropFirst())).trimmingWhitespace()
            switch sigil {
            case _ where triple: unescaped.append(Tag(line: line, name: name))
            case "&": unescaped.append(Tag(line: line, name: name))
            case ">", "<": if !name.isEmpty, !name.hasPrefix("*") { references.append(Tag(line: line, name: name)) }
            case "=":
                // A delimiter change, `{{=<% %>=}}`: the tags after it use the new pair.
                let pair = content.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
                if content.hasSuffix("="), pair.count == 2 { (open, close) = (Array(pair[0].utf8), Array(pair[1].utf8)) }
            default: break
            }
            line += bytes[start..<end].count { $0 == 0x0A }
            index = end + closing.count
        }
    }
}

private extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
