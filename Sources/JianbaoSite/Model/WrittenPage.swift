import Foundation
import JianbaoReading

/// A hand-written page of the site (`Pages/about.md`): its front matter and its Markdown.
public struct WrittenPage: Sendable, Equatable {
    public var title: String
    /// Where it stands in the header's menu and among the pages: lower first, then by title.
    public var order: Int
    /// The label of its link in every page's header; nil keeps it out of the menu.
    public var menu: String?
    /// The Markdown after the front matter, trusted as the site owner's (raw HTML is still omitted).
    public var markdown: String
    public var slug: String = ""

    /// The folder its page is written to.
    public static let folder = "pages"

    /// Path of its page relative to the site root.
    public var path: String { "\(Self.folder)/\(slug).html" }

    static let keys = ["title", "order", "menu"]

    /// Orders pages as the menu lists them and makes their slugs unique.
    static func ordered(_ pages: [WrittenPage]) -> [WrittenPage] {
        var sorted = pages.sorted { ($0.order, $0.title, $0.slug) < ($1.order, $1.title, $1.slug) }
        for (index, slug) in Slug.unique(sorted.map(\.slug)).enumerated() { sorted[index].slug = slug }
        return sorted
    }

    /// Reads the front matter between two `---` lines at the top: `title`, `order`, `menu`. An unknown
    /// key or a missing title is a warning; a front matter that never ends, or an `order` that is not
    /// a whole number, is an error, and the page is left out.
    public static func read(_ source: PageSource) -> (WrittenPage?, [Diagnostic]) {
        let stem = source.name.hasSuffix(".md") ? String(source.name.dropLast(3)) : source.name
        var page = WrittenPage(title: stem, order: 0, menu: nil, markdown: source.text, slug: Slug.make(stem))
        var diagnostics: [Diagnostic] = []
        let lines = source.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            diagnostics.append(Diagnostic(file: source.file, line: 1, message: "no front matter; the page is titled “\(stem)” (start it with ---, title: …, ---)"))
            return (page, diagnostics)
        }
        guard let end = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }) else {
            return (nil, [Diagnostic(file: source.file, line: 1, isError: true, message: "the front matter is never closed; end it with a line of ---")])
        }
        var titled = false
        for index in 1..<end where !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
            let line = lines[index]
            guard let colon = line.firstIndex(of: ":") else {
                diagnostics.append(Diagnostic(file: source.file, line: index + 1, message: "“\(line)” is not “key: value”; it is ignored"))
                continue
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = unquoted(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            switch key {
            case "title" where !value.isEmpty: page.title = value; titled = true
            case "menu": page.menu = value.isEmpty ? nil : value
            case "order":
                guard let order = Int(value) else {
                    return (nil, [Diagnostic(file: source.file, line: index + 1, isError: true, message: "“order” must be a whole number, not “\(value)”")])
                }
                page.order = order
            default:
                diagnostics.append(Diagnostic(file: source.file, line: index + 1,
                    message: "unknown key “\(key)”; it is ignored (known: \(keys.joined(separator: ", ")))"))
            }
        }
        if !titled { diagnostics.append(Diagnostic(file: source.file, line: 1, message: "no title; the page is titled “\(stem)”")) }
        page.markdown = lines[(end + 1)...].joined(separator: "\n")
        return (page, diagnostics)
    }

    // A value in double or single quotes, as YAML allows, loses them.
    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else { return value }
        return String(value.dropFirst().dropLast())
    }
}
