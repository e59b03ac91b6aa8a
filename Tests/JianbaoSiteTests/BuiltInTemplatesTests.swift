import Foundation
import Testing
@testable import JianbaoSite

/// The templates and assets carried in the binary, and a site's own overriding them file by file.
@Suite struct BuiltInTemplatesTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-builtin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func theBinaryCarriesTheRepositorysTemplatesFolderByteForByte() throws {
        let root = SampleSite.root.appendingPathComponent("Templates")
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .filter { var isFolder: ObjCBool = false; return FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path, isDirectory: &isFolder) && !isFolder.boolValue }
        #expect(BuiltInTemplates.files.keys.sorted() == paths.sorted())
        for path in paths {
            #expect(BuiltInTemplates.files[path] == Array(try Data(contentsOf: root.appendingPathComponent(path))), "\(path)")
        }
    }

    func load() throws -> ProjectInput {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Reports"), withIntermediateDirectories: true)
        var config = SiteConfig()
        config.reports = folder.appendingPathComponent("Reports").path
        config.templates = folder.appendingPathComponent("Templates").path
        return try ProjectLoader.load(config)
    }

    @Test func aSiteWithoutTemplatesUsesTheBuiltInOnes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try load()
        #expect(Set(input.templates.map(\.name)).isSuperset(of: TemplateSet.required))
        #expect(input.templates.allSatisfy { $0.file.hasPrefix("(built-in) Templates/") })
        #expect(input.assets["style.css"] == BuiltInTemplates.files["assets/style.css"])
        #expect(try SiteBuilder.build(input).tree.files["index.html"] != nil)
    }

    @Test func aSitesOwnFilesReplaceTheBuiltInOnesOfTheSameNameAndTheRestStay() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("Templates/article.mustache", "{{<layout}}{{$main}}<p>自己的文章模板</p>{{/main}}{{/layout}}\n")
        try write("Templates/head.mustache", "<!-- 自己的 head -->")  // a partial, by name, wherever it lies
        try write("Templates/assets/style.css", "body { color: black }")
        try write("Templates/assets/extra.js", "// 新的")
        try write("Templates/.hidden.mustache", "{{")
        let input = try load()
        let byName = Dictionary(uniqueKeysWithValues: input.templates.map { ($0.name, $0) })
        #expect(byName["article"]?.text.contains("自己的文章模板") == true)
        #expect(byName["article"]?.file == folder.appendingPathComponent("Templates/article.mustache").path)
        #expect(byName["head"]?.text == "<!-- 自己的 head -->")
        #expect(byName["home"]?.file == "(built-in) Templates/home.mustache")
        #expect(input.templates.count == Set(input.templates.map(\.name)).count, "one template per name")
        #expect(input.assets["style.css"] == Array("body { color: black }".utf8))
        #expect(input.assets["extra.js"] == Array("// 新的".utf8))
        #expect(input.assets["tables.js"] == BuiltInTemplates.files["assets/tables.js"])
    }

    @Test func aTemplatesPathThatIsAFileIsAnError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("Templates", "不是文件夹")
        #expect(throws: SiteError.self) { try load() }
    }
}

@Suite struct SiteInitTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-init-\(UUID().uuidString)")

    @Test func initWritesEverySettingAtItsDefaultAndANewSiteBuilds() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try SiteInit.write(into: folder.path, templates: false)
        #expect(written == ["Pages/about.md", "Reports/README.md", "site.json"])
        let data = try Data(contentsOf: folder.appendingPathComponent("site.json"))
        let (config, warnings) = try SiteConfigParser.parse(Array(data), file: "site.json")
        #expect(config == SiteConfig() && warnings.isEmpty)
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys
        #expect(keys.count == SiteConfig.CodingKeys.allCases.count, "every setting is written out: \(keys.sorted())")
    }

    @Test func initRefusesToOverwriteAndWritesNothingThen() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try Data("{\"title\": \"我的\"}".utf8).write(to: folder.appendingPathComponent("site.json"))
        try Data("旧".utf8).write(to: folder.appendingPathComponent("Templates/home.mustache"))
        #expect {
            try SiteInit.write(into: folder.path, templates: true)
        } throws: { error in
            let reason = (error as? SiteError)?.reason ?? ""
            return reason.contains("site.json") && reason.contains("Templates/home.mustache")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Pages").path))
        #expect(try String(contentsOf: folder.appendingPathComponent("site.json"), encoding: .utf8) == "{\"title\": \"我的\"}")
    }

    @Test func initWithTemplatesCopiesEveryBuiltInFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteInit.write(into: folder.path, templates: true)
        for (path, bytes) in BuiltInTemplates.files {
            #expect(Array(try Data(contentsOf: folder.appendingPathComponent("Templates/" + path))) == bytes, "\(path)")
        }
    }
}
