import Testing
@testable import JianbaoSite

@Suite struct TemplateSetTests {
    @Test func theRepositoryTemplatesParse() throws {
        _ = try TemplateSet(try SampleSite.templates())
    }

    @Test func aMissingTemplateIsNamed() throws {
        let sources = try SampleSite.templates().filter { $0.name != "district" }
        #expect {
            try TemplateSet(sources)
        } throws: { error in
            (error as? SiteError)?.reason.contains("missing template “district”") ?? false
        }
    }

    @Test func aMissingPartialIsNamedWithItsLine() throws {
        var sources = try SampleSite.templates()
        let index = try #require(sources.firstIndex { $0.name == "city" })
        sources[index].text = "{{<layout}}\n{{$main}}\n{{> no-such-partial}}\n{{/main}}\n{{/layout}}"
        #expect {
            try TemplateSet(sources)
        } throws: { error in
            guard let error = error as? SiteError else { return false }
            return error.file == "Templates/city.mustache" && error.line == 3 && error.reason.contains("no-such-partial")
        }
    }

    @Test func aSyntaxErrorGivesFileLineAndColumn() throws {
        var sources = try SampleSite.templates()
        let index = try #require(sources.firstIndex { $0.name == "home" })
        sources[index].text = "<p>\n<p>{{#items}}\n{{name}}\n{{/things}}</p>"
        #expect {
            try TemplateSet(sources)
        } throws: { error in
            guard let error = error as? SiteError else { return false }
            return error.file == "Templates/home.mustache" && error.line == 4 && error.column == 1 && error.description.contains("Mustache syntax error")
        }
    }

    func withTemplate(_ name: String, _ text: String) throws -> [TemplateSource] {
        var sources = try SampleSite.templates()
        if let index = sources.firstIndex(where: { $0.name == name }) {
            sources[index].text = text
        } else {
            sources.append(TemplateSource(name: name, file: "Templates/partials/\(name).mustache", text: text))
        }
        return sources
    }

    /// Templates that lead back to themselves, the file and line of the tag that closes the loop, and the chain.
    @Test(arguments: [
        ("loop", "a\n{{> loop}}", "Templates/partials/loop.mustache", 2, "loop → loop"),
        ("head", "<meta>\n{{#page}}{{> site-header}}{{/page}}", "Templates/partials/site-header.mustache", 1, "head → site-header → head"),
        ("layout", "{{< layout}}{{/layout}}", "Templates/layout.mustache", 1, "layout → layout"),
        ("ping", "{{#a}}\n{{> pong}}{{/a}}", "Templates/partials/pong.mustache", 3, "ping → pong → ping"),
    ])
    func aTemplateThatIncludesItselfIsAnErrorNamingTheChain(name: String, text: String, file: String, line: Int, chain: String) throws {
        var sources = try withTemplate(name, text)
        if name == "head" {
            let header = try #require(sources.firstIndex { $0.name == "site-header" })
            sources[header].text = "{{> head}}"
        }
        if name == "ping" { sources.append(TemplateSource(name: "pong", file: "Templates/partials/pong.mustache", text: "\n\n{{> ping}}")) }
        #expect {
            try TemplateSet(sources)
        } throws: { error in
            guard let error = error as? SiteError else { return false }
            return error.file.hasSuffix(file.replacingOccurrences(of: "Templates/", with: "")) && error.line == line
                && error.reason.contains("templates include themselves: \(chain)")
        }
    }

    @Test func aPartialUsedTwiceIsNoLoop() throws {
        _ = try TemplateSet(try withTemplate("twice", "{{> site-footer}}{{> site-footer}}"))
    }

    @Test func unescapedFieldsThatAreNotHTMLAreWarnedAbout() throws {
        let templates = try TemplateSet(try withTemplate("notes", "{{{bodyHTML}}}\n{{{title}}}\n{{& page.title }}\n{{{page.bodyHTML}}}"))
        #expect(templates.warnings.map(\.line) == [2, 3])
        #expect(templates.warnings.first?.message.contains("“title” is printed unescaped") == true)
        #expect(try TemplateSet(try SampleSite.templates()).warnings.isEmpty)
    }

    @Test func aTemplateOfManyTagsParses() throws {
        // The parser is linear: a template of 50,000 tags is read at once, with no limit on its size.
        let text = String(repeating: "{{title}}\n", count: 50_000)
        let templates = try TemplateSet(try withTemplate("big", text))
        #expect(templates.render(["title": "x"], with: "big").count == 100_000)
    }

    @Test(arguments: [
        ("{{> a}} {{<b}}\n{{>*dynamic}}\n{{{raw}}} {{&amp}}", ["a", "b"], ["raw", "amp"], 5),
        ("{{=<% %>=}}\n<% > a %>\n{{> notATag}}\n<%={{ }}=%>{{> c}}", ["a", "c"], [], 4),
        ("{{! {{> hidden}} }}\n{{#s}}\n{{/s}}", [], [], 3),
    ])
    func theScanFindsEveryKindOfTag(text: String, references: [String], unescaped: [String], count: Int) {
        let scan = TemplateScan(text)
        #expect(scan.references.map(\.name) == references)
        #expect(scan.unescaped.map(\.name) == unescaped)
        #expect(scan.tagCount == count)
    }

    @Test func aTemplatesFingerprintCoversWhatItUsesAndNothingElse() throws {
        func fingerprints(part: String, other: String) throws -> (page: Int?, other: Int?) {
            let added = [("frame", "<main>{{$body}}{{/body}}</main>"), ("page-x", "{{<frame}}{{$body}}{{#items}}{{> part}}{{/items}}{{/body}}{{/frame}}"),
                         ("part", part), ("other", other)].map { TemplateSource(name: $0.0, file: "Templates/\($0.0).mustache", text: $0.1) }
            let templates = try TemplateSet(try SampleSite.templates() + added)
            return (templates.fingerprint(of: "page-x"), templates.fingerprint(of: "other"))
        }
        let before = try fingerprints(part: "<li>{{name}}</li>", other: "x")
        let partEdited = try fingerprints(part: "<li>{{name}}!</li>", other: "x")
        let otherEdited = try fingerprints(part: "<li>{{name}}</li>", other: "y")
        #expect(before.page != nil && before.page != partEdited.page, "a partial reached through a parent's block is the page's")
        #expect(before.other == partEdited.other, "a template that does not use the partial keeps its fingerprint")
        #expect(before.page == otherEdited.page && before.other != otherEdited.other)
    }
}
