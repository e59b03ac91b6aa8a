import Mustache

/// The parsed Mustache templates, checked for syntax errors and missing templates before any page is rendered.
public struct TemplateSet: Sendable {
    /// Page templates a site must have, by name (file `Templates/NAME.mustache`).
    public static let required = ["layout", "home", "article", "district", "city", "investments", "404", "feed", "sitemap", "robots"]

    private var library = MustacheLibrary()
    /// A fingerprint of every template's text: part of each page's view key.
    private var fingerprint: [UInt8] = []

    // Every template starts in the fast escaper's content type. The library resets the content type
    // to its own HTML escaper for each partial, so the pragma goes on every template, partials too.
    // On a line of its own the tag is standalone and leaves no trace in the output; errors are
    // reported one line up to match the file.
    private static let pragma = "{{%CONTENT_TYPE:\(HTMLEscaper.contentTypeName)}}\n"

    /// Parses every source; a syntax error names the template's file, line and column.
    public init(_ sources: [TemplateSource]) throws(SiteError) {
        MustacheContentTypes.register(HTMLEscaper(), named: HTMLEscaper.contentTypeName)
        for source in sources {
            do {
                try library.register(Self.pragma + source.text, named: source.name)
            } catch let error as MustacheTemplate.ParserError {
                throw SiteError(file: source.file, line: error.context.lineNumber - 1, column: error.context.columnNumber, reason: "Mustache syntax error: \(error.error)")
            } catch {
                throw SiteError(file: source.file, line: 1, reason: "Mustache syntax error: \(error)")
            }
        }
        for source in sources.sorted(by: { $0.name < $1.name }) {
            fingerprint += Array("\(source.name)\u{0}\(source.text)\u{0}".utf8)
        }
        fingerprint = withUnsafeBytes(of: ContentHash.of(fingerprint).littleEndian, Array.init)
        let names = Set(sources.map(\.name))
        for name in Self.required where !names.contains(name) {
            throw SiteError(file: "Templates/\(name).mustache", line: 0, reason: "missing template “\(name)”; every site needs \(Self.required.joined(separator: ", "))")
        }
        for source in sources {
            for (line, name) in Self.references(in: source.text) where !names.contains(name) {
                throw SiteError(file: source.file, line: line, reason: "template “\(name)” is used here but does not exist")
            }
        }
    }

    /// Renders `view` with the template `name`.
    public func render(_ view: Any, with name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    /// A key for the page `view` renders to with the template `name`: equal keys, equal bytes.
    public func key(of view: some Encodable, with name: String) -> UInt64 {
        ViewKey.of(view, salt: fingerprint + Array(name.utf8) + [0])
    }

    /// What every page's input key starts with: the templates' fingerprint and the settings.
    func salt(config: SiteConfig) -> [UInt8] {
        fingerprint + withUnsafeBytes(of: ViewKey.of(config, salt: []).littleEndian, Array.init)
    }

    /// Partials (`{{> name}}`) and parents (`{{< name}}`) a template refers to, with their lines.
    static func references(in text: String) -> [(Int, String)] {
        var found: [(Int, String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                let trimmed = rest.drop(while: { $0 == " " })
                guard let sigil = trimmed.first, sigil == ">" || sigil == "<" else { continue }
                let nameStart = trimmed.dropFirst().drop(while: { $0 == " " })
                let name = nameStart.prefix(while: { $0 != "}" && $0 != " " })
                if !name.isEmpty, !name.hasPrefix("*") { found.append((index + 1, String(name))) }
            }
        }
        return found
    }
}
