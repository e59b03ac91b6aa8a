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
            return error.file == "Templates/home.mustache" && error.line == 4 && error.description.contains("Mustache syntax error")
        }
    }
}
