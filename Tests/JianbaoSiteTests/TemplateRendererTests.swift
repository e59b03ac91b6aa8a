import Foundation
import JianbaoReading
import Mustache
import Testing
@testable import JianbaoSite

// The site's escaper as swift-mustache's content type, so that the reference escapes as the site does.
struct ReferenceEscaper: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaper.escape(text) }
}

/// The project's own Mustache renderer writes the sample site byte for byte as swift-mustache does.
// A view's digested list (`Digested<[FilterOption]>`) is a section over its items for swift-mustache too.
extension Digested: MustacheSequence where Value: Sequence {}

@Suite struct TemplateRendererTests {
    enum Renderer { case own, swiftMustache }

    // swift-mustache with every template, each starting in the site's escaper (it resets the content
    // type for each partial, so the pragma goes on every template).
    static func swiftMustache(_ sources: [TemplateSource]) throws -> @Sendable (Any, String) -> String {
        MustacheContentTypes.register(ReferenceEscaper(), named: "SITE")
        var library = MustacheLibrary()
        for source in sources { try library.register("{{%CONTENT_TYPE:SITE}}\n" + source.text, named: source.name) }
        let built = library
        return { view, name in built.render(view, withTemplate: name) ?? "" }
    }

    static func pages(with renderer: Renderer) throws -> [String: [UInt8]] {
        let input = try SampleSite.input()
        let (read, _) = SiteBuilder.read(input.reports, config: input.config)
        let model = SiteModel(config: input.config, reports: read)
        var templates = try TemplateSet(input.templates)
        if renderer == .swiftMustache { templates.reference = try swiftMustache(input.templates) }
        return SitePages(model: model, templates: templates).render().files
    }

    @Test func theSampleSiteIsByteForByteWhatSwiftMustacheWrites() throws {
        let own = try Self.pages(with: .own)
        let reference = try Self.pages(with: .swiftMustache)
        #expect(own.keys.sorted() == reference.keys.sorted())
        for (path, bytes) in reference.sorted(by: { $0.key < $1.key }) {
            let mine = own[path] ?? []
            guard mine != bytes else { continue }
            let first = (0..<min(mine.count, bytes.count)).first { mine[$0] != bytes[$0] } ?? min(mine.count, bytes.count)
            let context = { (b: [UInt8]) in String(decoding: b[max(0, first - 40)..<min(b.count, first + 60)], as: UTF8.self).debugDescription }
            Issue.record("\(path) differs at byte \(first):\nown: \(context(mine))\nswift-mustache: \(context(bytes))")
        }
    }
}
