import JianbaoReading
import JianbaoTemplates

/// The parsed Mustache templates, checked for syntax errors and missing templates before any page is rendered.
public struct TemplateSet: Sendable {
    /// Page templates a site must have, by name (file `Templates/NAME.mustache`).
    public static let required = ["layout", "home", "article", "district", "city", "investments", "404", "feed", "sitemap", "robots", "page", "archive", "month", "places", "search", "figures"]

    private var engine = TemplateLibrary(escape: HTMLEscaper.escape)
    /// Renders in place of the library when set: the tests compare with swift-mustache through it.
    var reference: (@Sendable (Any, String) -> String)?

    /// For each template, a digest of its source and of every template it uses (`TemplateLibrary.uses`):
    /// a page's digest includes its template's, so editing one template remakes only the pages it renders.
    private var fingerprints: [String: Int] = [:]
    /// For each template, the field names it and the templates it uses look up: a page's digest
    /// and value leave out the view's other fields.
    private var reads: [String: Set<String>] = [:]

    /// Warnings about the templates: unescaped fields that do not hold HTML.
    public private(set) var warnings: [Diagnostic] = []

    /// Parses every source; a syntax error names the template's file, line and column, and a partial or
    /// parent that leads back to its own template names the chain.
    public init(_ sources: [TemplateSource]) throws(SiteError) {
        var scans: [String: TemplateScan] = [:]
        for source in sources {
            scans[source.name] = TemplateScan(source.text)
            do {
                try engine.register(source.text, named: source.name)
            } catch {
                throw SiteError(file: source.file, line: error.line, column: error.column, reason: "Mustache syntax error: \(error.reason)")
            }
        }
        let names = Set(sources.map(\.name))
        for name in Self.required where !names.contains(name) {
            throw SiteError(file: "Templates/\(name).mustache", line: 0, reason: "missing template “\(name)”; every site needs \(Self.required.joined(separator: ", "))")
        }
        for source in sources {
            for tag in scans[source.name]?.references ?? [] where !names.contains(tag.name) {
                throw SiteError(file: source.file, line: tag.line, reason: "template “\(tag.name)” is used here but does not exist")
            }
        }
        try TemplateCycles.check(sources, scans: scans)
        let texts = Dictionary(sources.map { ($0.name, $0.text) }, uniquingKeysWith: { _, last in last })
        for name in names {
            let digest = ViewDigest.Sink()
            for used in engine.uses(name).sorted() {
                digest.combine(used)
                digest.combine(texts[used] ?? "")
            }
            fingerprints[name] = digest.finalize()
            reads[name] = engine.names(readBy: name)
        }
        for source in sources {
            for tag in scans[source.name]?.unescaped ?? [] where !Self.holdsHTML(tag.name) {
                warnings.append(Diagnostic(file: source.file, line: tag.line, message: "“\(tag.name)” is printed unescaped, but only fields "
                    + "whose names end in HTML (such as bodyHTML) hold HTML; report text in it could become markup. Write {{\(tag.name)}} instead"))
            }
        }
    }

    /// The digest of template `name`'s source and of every template it uses.
    func fingerprint(of name: String) -> Int? { fingerprints[name] }

    /// Whether a field holds HTML made by Jianbao: its name (the last part of a dotted one) ends in `HTML`.
    static func holdsHTML(_ name: String) -> Bool {
        (name.split(separator: ".").last ?? "").hasSuffix("HTML")
    }

    /// Renders `view` with the template `name`.
    public func render(_ view: some Encodable, with name: String) -> String {
        if let reference { return reference(view, name) }
        guard let value = try? TemplateValueEncoder.encode(view, reading: reads[name]) else { return "" }
        return engine.render(value, with: name)
    }

    /// The page `view` makes with template `name`: the view's digest with the template's fingerprint,
    /// and its rendering, done only when asked for.
    func prepare(_ view: some Encodable & Sendable, with name: String) -> SiteFile.Made {
        SiteFile.Made(digest: {
            var hasher = Hasher()
            hasher.combine(name)
            hasher.combine(fingerprint(of: name))
            hasher.combine(ViewDigest.of(view, reading: reads[name]))
            return hasher.finalize()
        }, bytes: { Array(render(view, with: name).utf8) })
    }
}
