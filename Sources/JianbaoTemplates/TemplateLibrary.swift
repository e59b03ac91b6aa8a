/// Parsed Mustache templates by name, rendered with `TemplateValue`s.
///
/// What it accepts: interpolation (escaped, `{{{x}}}`, `{{&x}}`, dotted names, `.`), sections,
/// inverted sections, comments, delimiter changes, partials, parents and blocks, and the pragma
/// `{{%CONTENT_TYPE:TEXT}}` (no escaping). Anything else is an error naming the template and line.
public struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateNode]] = [:]
    /// How interpolated text is escaped in HTML templates.
    public var escape: @Sendable (String) -> String

    public init(escape: @escaping @Sendable (String) -> String = TemplateLibrary.escapeHTML) {
        self.escape = escape
    }

    /// Parses `text` and keeps it as the template `name`.
    public mutating func register(_ text: String, named name: String) throws(TemplateError) {
        templates[name] = try TemplateParser.parse(text, named: name)
    }

    /// Whether a template of that name is registered.
    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// The templates rendering `name` may read: itself and every partial and parent it reaches, as parsed.
    public func uses(_ name: String) -> Set<String> {
        var found: Set<String> = []
        var pending = [name]
        while let next = pending.popLast() {
            guard found.insert(next).inserted else { continue }
            pending += Self.references(in: templates[next] ?? [])
        }
        return found
    }

    /// Every field name that rendering `name` may look up, in any part of a dotted name: a field of
    /// a view whose name is not among them is never read, so it can change nothing the page prints.
    public func names(readBy name: String) -> Set<String> {
        var names: Set<String> = []
        for used in uses(name) { Self.collectNames(in: templates[used] ?? [], into: &names) }
        return names
    }

    private static func collectNames(in nodes: [TemplateNode], into names: inout Set<String>) {
        for node in nodes {
            switch node {
            case .variable(let name, _): names.formUnion(name.parts)
            case .section(let name, let body, _):
                names.formUnion(name.parts)
                collectNames(in: body, into: &names)
            case .parent(_, let blocks, _): for block in blocks.values { collectNames(in: block, into: &names) }
            case .block(_, let body, _): collectNames(in: body, into: &names)
            case .text, .partial, .plainText: break
            }
        }
    }

    private static func references(in nodes: [TemplateNode]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .partial(let name, _): [name]
            case .parent(let name, let blocks, _): [name] + blocks.values.flatMap(references(in:))
            case .section(_, let body, _), .block(_, let body, _): references(in: body)
            case .text, .variable, .plainText: []
            }
        }
    }

    /// The template `name` rendered with `value`; empty when there is no such template.
    public func render(_ value: TemplateValue, with name: String) -> String {
        guard let nodes = templates[name] else { return "" }
        var output = ""
        var context = Context(stack: [value])
        render(nodes, &context, into: &output)
        return output
    }

    /// `&`, `<`, `>`, `"` and `'` as entities, the rest as it is.
    public static let escapeHTML: @Sendable (String) -> String = { text in
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    // One context for a whole rendering, changed on the way into a section, partial or block and
    // changed back on the way out: copying it for each would copy the stack of values.
    struct Context {
        var stack: [TemplateValue]
        var indentation: String?
        var blocks: [String: [TemplateNode]]?
        var escapes = true

        /// Renders `body` with `value` on top of the stack.
        mutating func pushing(_ value: TemplateValue, _ body: (inout Context) -> Void) {
            stack.append(value)
            body(&self)
            stack.removeLast()
        }

        /// Renders `body` with `indent` added to the indentation, escaping again, and with `blocks` if given.
        mutating func entering(indentedBy indent: String?, escaping: Bool? = nil, blocks newBlocks: [String: [TemplateNode]]?? = nil,
                               _ body: (inout Context) -> Void) {
            let (savedIndentation, savedEscapes, savedBlocks) = (indentation, escapes, blocks)
            if let indent { indentation = (indentation ?? "") + indent }
            if let escaping { escapes = escaping }
            if let newBlocks { blocks = newBlocks }
            body(&self)
            (indentation, escapes, blocks) = (savedIndentation, savedEscapes, savedBlocks)
        }
    }

    /// `startsLine`: the run begins a line of the output, so its first piece is indented too. A
    /// `{{%CONTENT_TYPE:TEXT}}` holds to the end of the run of nodes it is in.
    private func render(_ nodes: [TemplateNode], _ context: inout Context, into output: inout String, startsLine: Bool = false) {
        let escapes = context.escapes
        defer { context.escapes = escapes }
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, &context, into: &output) }
            return
        }
        // A standalone partial's or block's lines start with its indentation: each piece that starts
        // a line of this run of nodes gets it. As in swift-mustache, a section's body is a run of
        // its own, so its first line is indented only where the section starts a line.
        var run = ""
        var lineStart = startsLine
        for node in nodes {
            var piece = ""
            render(node, &context, into: &piece)
            if !piece.isEmpty, lineStart || run.last == "\n" { run += indentation }
            if !piece.isEmpty { lineStart = false }
            run += piece
        }
        output += run
    }

    private func render(_ node: TemplateNode, _ context: inout Context, into output: inout String) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name, in: context) else { return }
            output += escaped && context.escapes ? escape(value.text) : value.text
        case .section(let name, let body, let inverted):
            let value = lookUp(name, in: context)
            if inverted {
                if !(value?.isTruthy ?? false) { render(body, &context, into: &output) }
                return
            }
            switch value {
            case .list(let items)?:
                for item in items { context.pushing(item) { render(body, &$0, into: &output) } }
            case .bool(true)?:
                render(body, &context, into: &output)
            case let value? where value.isTruthy:
                context.pushing(value) { render(body, &$0, into: &output) }
            default:
                return
            }
        case .partial(let name, let indentation):
            guard let nodes = templates[name] else { return }
            context.entering(indentedBy: indentation, escaping: true) { render(nodes, &$0, into: &output) }
        case .parent(let name, let blocks, let indentation):
            guard let nodes = templates[name] else { return }
            // The blocks of the outermost template win: a parent's own overrides fill only the rest.
            let merged = (context.blocks ?? [:]).merging(blocks) { outer, _ in outer }
            context.entering(indentedBy: indentation, escaping: true, blocks: .some(merged)) { render(nodes, &$0, into: &output) }
        case .block(let name, let fallback, let indentation):
            guard let override = context.blocks?[name] else {
                context.entering(indentedBy: indentation) { render(fallback, &$0, into: &output) }
                return
            }
            // An override takes the place of the default, indented as the default's first line is.
            let startsLine = output.isEmpty || output.last == "\n"
            context.entering(indentedBy: (indentation ?? "") + Self.leadingBlanks(of: fallback)) {
                render(override, &$0, into: &output, startsLine: startsLine)
            }
        case .plainText:
            context.escapes = false
        }
    }

    static func leadingBlanks(of nodes: [TemplateNode]) -> String {
        guard case .text(let text)? = nodes.first else { return "" }
        return String(text.prefix { $0 == " " || $0 == "\t" })
    }

    // `.` is the current value; `a.b` looks `a` up the stack, then `b` inside it only.
    private func lookUp(_ name: TemplateName, in context: Context) -> TemplateValue? {
        var value: TemplateValue?
        var rest = name.parts[...]
        if name.isCurrent {
            value = context.stack.last
        } else {
            guard let first = rest.popFirst() else { return nil }
            for candidate in context.stack.reversed() {
                if let found = candidate.field(first) {
                    value = found
                    break
                }
            }
        }
        for part in rest {
            value = value?.field(part)
        }
        return value
    }
}
