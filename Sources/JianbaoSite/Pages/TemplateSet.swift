import JianbaoTemplates
import Mustache

/// The parsed Mustache templates, checked for syntax errors and missing templates before any page is rendered.
public struct TemplateSet: Sendable {
    /// Page templates a site must have, by name (file `Templates/NAME.mustache`).
    public static let required = ["layout", "home", "article", "district", "city", "investments", "404", "feed", "sitemap", "robots"]

    /// What renders the pages: the project's own renderer; swift-mustache is kept to compare with.
    enum Renderer: Sendable { case own, swiftMustache }
    var renderer = Renderer.own
    private var engine = TemplateLibrary(escape: HTMLEscaper.escape)
    private var library = MustacheLibrary()
    /// A fingerprint of every template's text: part of each page's view key.
    private var fingerprint: [UInt8] = []

    // Every template starts in the fast escaper's content type. The library resets the content type
    // to its own HTML escaper for each partial, so the pragma goes on every template, partials too.
    // On a line of its own the tag is standalone and leaves no trace in the output; errors are
    // reported one line up to match the file.
    private static let pragma = "{{%CONTENT_TYPE:\(HTMLEscaper.contentTypeName)}}\n"

    /// Tags one template may have. swift-mustache's parser measures the rest of the template at every
    /// tag it reads, so its time grows with the square of a template's size: a limit keeps a build's
    /// start from taking minutes, and the error says how to split the template.
    public static let tagLimit = 5_000
    /// Bytes one template may have, for the same reason.
    public static let sizeLimit = 512 * 1024

    /// Warnings about the templates: unescaped fields that do not hold HTML.
    public private(set) var warnings: [SiteDiagnostic] = []

    /// Parses every source; a syntax error names the template's file, line and column, and a partial or
    /// parent that leads back to its own template names the chain.
    public init(_ sources: [TemplateSource]) throws(SiteError) {
        MustacheContentTypes.register(HTMLEscaper(), named: HTMLEscaper.contentTypeName)
        var scans: [String: TemplateScan] = [:]
        for source in sources {
            let scan = TemplateScan(source.text)
            if scan.tagCount > Self.tagLimit || source.text.utf8.count > Self.sizeLimit {
                throw SiteError(file: source.file, line: 1, reason: "the template has \(scan.tagCount) tags and \(source.text.utf8.count) bytes; "
                    + "a template may have at most \(Self.tagLimit) tags and \(Self.sizeLimit / 1024) KB: move parts of it into partials ({{> name}})")
            }
            scans[source.name] = scan
        }
        for source in sources {
            do {
                try engine.register(source.text, named: source.name)
            } catch {
                throw SiteError(file: source.file, line: error.line, column: error.column, reason: "Mustache syntax error: \(error.reason)")
            }
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
            for tag in scans[source.name]?.references ?? [] where !names.contains(tag.name) {
                throw SiteError(file: source.file, line: tag.line, reason: "template “\(tag.name)” is used here but does not exist")
            }
        }
        try TemplateCycles.check(sources, scans: scans)
        for source in sources {
            for tag in scans[source.name]?.unescaped ?? [] where !Self.holdsHTML(tag.name) {
                warnings.append(SiteDiagnostic(file: source.file, line: tag.line, message: "“\(tag.name)” is printed unescaped, but only fields "
                    + "whose names end in HTML (such as bodyHTML) hold HTML; report text in it could become markup. Write {{\(tag.name)}} instead"))
            }
        }
    }

    /// Whether a field holds HTML made by Jianbao: its name (the last part of a dotted one) ends in `HTML`.
    static func holdsHTML(_ name: String) -> Bool {
        (name.split(separator: ".").last ?? "").hasSuffix("HTML")
    }

    /// Renders `view` with the template `name`.
    public func render(_ view: some Encodable, with name: String) -> String {
        switch renderer {
        case .own:
            guard let value = try? TemplateValueEncoder.encode(view) else { return "" }
            return engine.render(value, with: name)
        case .swiftMustache:
            return library.render(view, withTemplate: name) ?? ""
        }
    }

    /// A key for the page `view` renders to with the template `name`: equal keys, equal bytes.
    public func key(of view: some Encodable, with name: String) -> UInt64 {
        ViewKey.of(view, salt: fingerprint + Array(name.utf8) + [0])
    }

    /// What every page's input key starts with: the templates' fingerprint and the settings.
    func salt(config: SiteConfig) -> [UInt8] {
        fingerprint + withUnsafeBytes(of: ViewKey.of(config, salt: []).littleEndian, Array.init)
    }
}
