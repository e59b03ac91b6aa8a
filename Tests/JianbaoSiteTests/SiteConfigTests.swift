import Testing
@testable import JianbaoSite

@Suite struct SiteConfigTests {
    func parse(_ json: String) throws(SiteError) -> (SiteConfig, [SiteDiagnostic]) {
        try SiteConfigParser.parse(Array(json.utf8), file: "site.json")
    }

    @Test func emptyObjectGivesTheDocumentedDefaults() throws {
        let (config, warnings) = try parse("{}")
        #expect(config == SiteConfig())
        #expect(config.language == "zh-CN")
        #expect(config.reports == "Reports" && config.templates == "Templates" && config.output == "Public")
        #expect(config.defaultYear == 2020)
        #expect(warnings.isEmpty)
    }

    @Test func readsEveryFieldAndEndsBaseURLWithASlash() throws {
        let (config, _) = try parse("""
            {"title": "淄博简报", "baseURL": "https://news.example.cn/zibo", "defaultYear": 2021,
             "places": [{"name": "开发区", "city": "聊城市", "aliases": ["聊城开发区"]}]}
            """)
        #expect(config.title == "淄博简报")
        #expect(config.baseURL == "https://news.example.cn/zibo/")
        #expect(config.defaultYear == 2021)
        #expect(config.places == [PlaceConfig(name: "开发区", city: "聊城市", aliases: ["聊城开发区"])])
    }

    @Test func unknownKeysAreWarnedAboutWithTheirLine() throws {
        let (_, warnings) = try parse("{\n  \"title\": \"x\",\n  \"titel\": \"y\",\n  \"places\": [{\"name\": \"a\", \"town\": 1}]\n}")
        #expect(warnings.map(\.line) == [3, 4])
        #expect(warnings[0].description.hasPrefix("site.json:3: warning: unknown key “titel”"))
        #expect(warnings[1].message.contains("town"))
    }

    @Test(arguments: [
        ("{\n  \"title\": \"x\",\n  \"output\" \"Public\"\n}", 3, 12),
        ("{\n  \"title\": \"x\",\n  \"output\": Public\n}", 3, 13),
        ("{\"title\": \"张店\" ]", 1, 16),
    ])
    func malformedJSONNamesLineAndColumn(json: String, line: Int, column: Int) {
        #expect {
            try parse(json)
        } throws: { error in
            guard let error = error as? SiteError else { return false }
            return error.line == line && error.column == column && error.description.hasPrefix("site.json:\(line):\(column): error:")
        }
    }

    @Test func wrongTypesAreExplained() {
        #expect {
            try parse("{\n  \"defaultYear\": \"2020\"\n}")
        } throws: { error in
            (error as? SiteError).map { $0.line == 2 && $0.reason.contains("whole number") } ?? false
        }
    }
}
