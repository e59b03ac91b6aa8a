import JianbaoReading
import Testing
@testable import JianbaoSite

@Suite struct SiteConfigTests {
    func parse(_ json: String) throws(SiteError) -> (SiteConfig, [Diagnostic]) {
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
        #expect(warnings.map(\.column) == [3, 28])
        #expect(warnings[0].description.hasPrefix("site.json:3:3: warning: unknown key “titel”"))
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

    /// Values out of range, where the error must point, and what it must say.
    @Test(arguments: [
        ("{\"latestCount\": -1}", 1, 17, "“latestCount” must be a whole number from 1"),
        ("{\"latestCount\": 0}", 1, 17, "“latestCount” must be a whole number from 1"),
        ("{\"latestCount\": 2.5}", 1, 17, "“latestCount” must be a whole number"),
        ("{\"latestCount\": 1e30}", 1, 17, "“latestCount” must be a whole number"),
        ("{\n \"defaultYear\": 2020.5}", 2, 17, "“defaultYear” must be a whole number"),
        ("{\"defaultYear\": 20200}", 1, 17, "“defaultYear” must be a year from 1900"),
        ("{\"figurePageSize\": 5}", 1, 20, "“figurePageSize” must be a whole number from 10 to 300"),
        ("{\"figurePageSize\": 1000}", 1, 20, "“figurePageSize” must be a whole number from 10 to 300"),
        ("{\"figurePageSize\": 20.5}", 1, 20, "“figurePageSize” must be a whole number"),
        ("{\"baseURL\": \"javascript:alert(1)\"}", 1, 13, "“baseURL” must be an http:// or https:// address"),
        ("{\"baseURL\": \"https://\"}", 1, 13, "“baseURL” must be an http"),
        ("{\"baseURL\": \"ftp://example.org/\"}", 1, 13, "“baseURL” must be an http"),
        ("{\"baseURL\": \"https://example.org/\\\"><script>\"}", 1, 13, "“baseURL” must be an http"),
        ("{\"language\": \"zh CN\"}", 1, 14, "“language” must be a language tag"),
        ("{\"output\": \"\"}", 1, 12, "“output” must be a folder's path"),
        ("{\"places\": [{\"name\": \"甲\"},\n {\"name\": \"乙\", \"longitude\": 500, \"latitude\": 30}]}", 2, 29, "“places.1.longitude” must be from -180 to 180"),
        ("{\"places\": [{\"name\": \"甲\", \"longitude\": 100, \"latitude\": -91}]}", 1, 57, "“places.0.latitude” must be from -90 to 90"),
        ("{\"places\": [{\"name\": \"甲\", \"longitude\": 100}]}", 1, 40, "“places.0.longitude” needs its partner"),
        ("{\"places\": [{\"name\": \" \"}]}", 1, 22, "“places.0.name” must be a place's name"),
        ("{\"places\": [{\"city\": \"某市\"}]}", 1, 13, "“name” is required in places.0"),
        ("{\"places\": 3}", 1, 12, "“places” must be a list"),
        ("{\"title\": 5}", 1, 11, "“title” must be a string"),
    ])
    func valuesOutOfRangeAreErrorsAtTheirLineAndColumn(json: String, line: Int, column: Int, reason: String) {
        #expect {
            try parse(json)
        } throws: { error in
            guard let error = error as? SiteError else { return false }
            return error.line == line && error.column == column && error.reason.hasPrefix(reason)
        }
    }

    @Test func thousandsOfUnknownKeysAndPlacesTakeOnePass() throws {
        let keys = (0..<8000).map { "\"unknown\($0)\": \($0)" }.joined(separator: ",\n")
        let (_, warnings) = try parse("{\n\(keys)\n}")
        #expect(warnings.count == 8000)
        #expect(warnings.map(\.line).max() == 8001)
        // On one line, columns are counted on from the last one, not from the line's start each time.
        let places = (0..<20_000).map { "{\"name\": \"地\($0)\", \"x\": 1}" }.joined(separator: ",")
        let (config, placeWarnings) = try parse("{\"places\": [\(places)]}")
        #expect(config.places.count == 20_000)
        #expect(placeWarnings.count == 20_000)
        #expect(placeWarnings[1].column == 51)
    }
}
