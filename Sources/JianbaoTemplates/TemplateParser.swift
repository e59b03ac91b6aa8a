/// Parses Mustache text into nodes, with the specification's rules for standalone lines.
///
/// A tag that may stand alone (section, inverted section, close, comment, partial, parent, block,
/// delimiter change, pragma) on a line of its own takes the line with it. A standalone partial,
/// parent or block keeps the whitespace before it, and its lines are indented with it when rendered.
struct TemplateParser {
    let template: String
    private var characters: [Character]
    private var position = 0
    private var opener: [Character] = ["{", "{"]
    private var closer: [Character] = ["}", "}"]
    private var atLineStart = true

    init(_ text: String, named template: String) {
        self.template = template
        characters = Array(text)
    }

    static func parse(_ text: String, named template: String) throws(TemplateError) -> [TemplateNode] {
        var parser = TemplateParser(text, named: template)
        let (nodes, _) = try parser.nodes(until: nil, inParent: false)
        return nodes
    }

    private enum End { case closed(standalone: Bool), finished }

    /// Nodes up to the close tag of `section` (the end of the text when nil); `inParent`: the top level
    /// of a parent's body, which holds blocks.
    private mutating func nodes(until section: String?, inParent: Bool) throws(TemplateError) -> ([TemplateNode], End) {
        var nodes: [TemplateNode] = []
        while position < characters.count {
            var whitespace = ""
            if atLineStart {
                whitespace = readBlanks()
                // A block's lines inside a parent lose the indentation of its first line.
                if inDefinition {
                    if let indent = definitionIndent {
                        whitespace = String(whitespace.dropFirst(min(indent.count, whitespace.count)))
                    } else {
                        definitionIndent = whitespace
                        whitespace = ""
                    }
                }
            }
            let text = readText()
            if position < characters.count, characters[position].isNewline {
                nodes.append(.text(whitespace + text + String(characters[position])))
                position += 1
                atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whitespace + text))
                whitespace = ""
                atLineStart = false
            }
            guard position < characters.count else {
                if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
                break
            }
            // Where the tag starts; its line is counted only for an error, so parsing stays linear.
            let line = position
            position += opener.count
            guard let sigil = characters[safe: position] else { throw error("a tag is not closed", line: line) }
            switch sigil {
            case "#", "^":
                position += 1
                let name = try readName(line: line)
                let standalone = endLine(keeping: whitespace, in: &nodes)
                let (body, end) = try self.nodes(until: name, inParent: false)
                guard case .closed = end else { throw error("section “\(name)” is not closed", line: line) }
                nodes.append(.section(TemplateName(name), body, inverted: sigil == "^"))
                // As swift-mustache reads it: after the close, the line is as the open tag left it.
                atLineStart = standalone
            case "/":
                position += 1
                let name = try readName(line: line)
                guard name == section else {
                    throw error(section.map { "“\(name)” closes nothing open; “\($0)” is open" } ?? "“\(name)” closes nothing open", line: line)
                }
                let standalone = endLine(keeping: whitespace, in: &nodes)
                return (nodes, .closed(standalone: standalone))
            case "!":
                position += 1
                _ = try readUntilCloser(line: line)
                endLine(keeping: whitespace, in: &nodes)
            case ">":
                position += 1
                let name = try readName(line: line)
                guard !name.hasPrefix("*") else { throw error("dynamic partials ({{>*name}}) are not supported; name the partial", line: line) }
                if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
                let standalone = standsAlone()
                nodes.append(.partial(name, indentation: standalone ? whitespace : nil))
                atLineStart = standalone
            case "<":
                position += 1
                let name = try readName(line: line)
                guard !name.hasPrefix("*") else { throw error("dynamic parents ({{<*name}}) are not supported; name the parent", line: line) }
                if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
                let standalone = standsAlone()
                // A parent's body starts as a line does: its first block or its close may stand alone.
                atLineStart = true
                let (body, end) = try parentBody(named: name, line: line)
                guard case .closed = end else { throw error("parent “\(name)” is not closed", line: line) }
                nodes.append(.parent(name, blocks: body, indentation: whitespace))
                atLineStart = standalone
            case "$":
                position += 1
                let name = try readName(line: line)
                if inParent {
                    let standalone = standsAlone()
                    atLineStart = standalone
                    let saved = (inDefinition, definitionIndent)
                    (inDefinition, definitionIndent) = (true, nil)
                    let (body, end) = try self.nodes(until: name, inParent: false)
                    (inDefinition, definitionIndent) = saved
                    guard case .closed = end else { throw error("block “\(name)” is not closed", line: line) }
                    nodes.append(.block(name, body, indentation: nil))
                    atLineStart = standalone
                } else {
                    if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
                    let standalone = standsAlone()
                    atLineStart = standalone
                    let (body, end) = try self.nodes(until: name, inParent: false)
                    guard case .closed = end else { throw error("block “\(name)” is not closed", line: line) }
                    nodes.append(.block(name, body, indentation: whitespace))
                    atLineStart = standalone
                }
            case "=":
                position += 1
                try changeDelimiters(line: line)
                endLine(keeping: whitespace, in: &nodes)
            case "%":
                position += 1
                let pragma = try readUntilCloser(line: line).trimmingBlanks()
                switch pragma {
                case "CONTENT_TYPE:TEXT": nodes.append(.plainText)
                case "CONTENT_TYPE:HTML": break
                default: throw error("the pragma “\(pragma)” is not supported; only CONTENT_TYPE:TEXT and CONTENT_TYPE:HTML are", line: line)
                }
                endLine(keeping: whitespace, in: &nodes)
            case "{":
                position += 1
                if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
                let name = try readName(line: line, until: ["}"] + closer)
                nodes.append(.variable(TemplateName(name), escaped: false))
                atLineStart = false
            case "&":
                position += 1
                if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
                nodes.append(.variable(TemplateName(try readName(line: line)), escaped: false))
                atLineStart = false
            default:
                if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
                nodes.append(.variable(TemplateName(try readName(line: line)), escaped: true))
                atLineStart = false
            }
        }
        if let section { throw error("“\(section)” is not closed", line: position) }
        return (nodes, .finished)
    }

    private var inDefinition = false
    private var definitionIndent: String?

    // A parent's body holds block overrides and whitespace only.
    private mutating func parentBody(named name: String, line: Int) throws(TemplateError) -> ([String: [TemplateNode]], End) {
        let saved = (inDefinition, definitionIndent)
        (inDefinition, definitionIndent) = (false, nil)
        defer { (inDefinition, definitionIndent) = saved }
        let (body, end) = try nodes(until: name, inParent: true)
        var blocks: [String: [TemplateNode]] = [:]
        for node in body {
            switch node {
            case .block(let block, let content, _): blocks[block] = content
            case .text: continue
            default: throw error("a parent (“\(name)”) may hold only blocks ({{$name}}…{{/name}})", line: line)
            }
        }
        return (blocks, end)
    }

    // `line` is an offset into the text, turned into a line number here.
    private func error(_ reason: String, line offset: Int) -> TemplateError {
        let before = characters[..<min(offset, characters.count)]
        let line = before.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        let column = before.count - (before.lastIndex(where: \.isNewline).map { $0 + 1 } ?? 0) + 1
        return TemplateError(template: template, line: line, column: column, reason: reason)
    }

    private mutating func readBlanks() -> String {
        var blanks = ""
        while let character = characters[safe: position], character == " " || character == "\t" {
            blanks.append(character)
            position += 1
        }
        return blanks
    }

    private mutating func readText() -> String {
        var text = ""
        while let character = characters[safe: position], !character.isNewline, !isAt(opener) {
            text.append(character)
            position += 1
        }
        return text
    }

    private func isAt(_ marker: [Character]) -> Bool {
        guard position + marker.count <= characters.count else { return false }
        for (offset, character) in marker.enumerated() where characters[position + offset] != character { return false }
        return true
    }

    // The tag's content up to `end` (the closing delimiter unless given), which is passed over.
    private mutating func readUntilCloser(line: Int, until end: [Character]? = nil) throws(TemplateError) -> String {
        let ending = end ?? closer
        var content = ""
        while position < characters.count, !isAt(ending) {
            content.append(characters[position])
            position += 1
        }
        guard isAt(ending) else { throw error("a tag is not closed", line: line) }
        position += ending.count
        return content
    }

    private mutating func readName(line: Int, until end: [Character]? = nil) throws(TemplateError) -> String {
        let content = try readUntilCloser(line: line, until: end)
        let name = content.trimmingBlanks()
        guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == "\t" || $0.isNewline }) else {
            throw error("“\(content)” is not a name a tag can have", line: line)
        }
        return name
    }

    private mutating func changeDelimiters(line: Int) throws(TemplateError) {
        let content = try readUntilCloser(line: line)
        guard content.hasSuffix("=") else { throw error("a delimiter change must end with “=”", line: line) }
        let parts = content.dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, !parts[0].contains("="), !parts[1].contains("=") else {
            throw error("a delimiter change names two delimiters, as in {{=<% %>=}}", line: line)
        }
        opener = Array(parts[0])
        closer = Array(parts[1])
    }

    // A tag that may stand alone: on a line of its own it takes the line, blanks before it too;
    // elsewhere the blanks before it stay as text.
    @discardableResult
    private mutating func endLine(keeping whitespace: String, in nodes: inout [TemplateNode]) -> Bool {
        let standalone = standsAlone()
        if !standalone, !whitespace.isEmpty { nodes.append(.text(whitespace)) }
        atLineStart = standalone
        return standalone
    }

    // Whether only blanks follow on the line when the tag began one; if so the rest of the line goes.
    private mutating func standsAlone() -> Bool {
        guard atLineStart else { return false }
        var cursor = position
        while let character = characters[safe: cursor], character == " " || character == "\t" { cursor += 1 }
        if cursor == characters.count {
            position = cursor
            return true
        }
        guard characters[cursor].isNewline else { return false }
        position = cursor + 1
        return true
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension StringProtocol {
    func trimmingBlanks() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
