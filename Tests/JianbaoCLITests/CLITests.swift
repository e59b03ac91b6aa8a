import Foundation
import Testing

@Suite struct CLITests {
    @Test func buildsTheSampleSiteAndEndsWithOneSummaryLine() throws {
        let site = try CLI.makeSite()
        let run = try CLI.run(["build"], in: site)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("built 5 reports, ") == true)
        #expect(run.stdout.contains("money facts") && run.stdout.contains(" changed) in "))
        for path in ["index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "investments.html", "assets/style.css"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/\(path)").path), "\(path)")
        }
    }

    @Test func buildOptionsOverrideSiteJSON() throws {
        let site = try CLI.makeSite()
        try FileManager.default.moveItem(at: site.appendingPathComponent("Reports"), to: site.appendingPathComponent("In"))
        let run = try CLI.run(["build", "--reports", "In", "--output", "Out", "--base-url", "https://a.example/b"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let feed = try String(contentsOf: site.appendingPathComponent("Out/feed.xml"), encoding: .utf8)
        #expect(feed.contains("https://a.example/b/feed.xml"))
    }

    @Test func anUnreadableReportIsAnErrorButTheRestIsStillBuilt() throws {
        let site = try CLI.makeSite()
        try Data([0, 1, 2, 3, 255]).write(to: site.appendingPathComponent("Reports/scan.txt"))
        let run = try CLI.run(["build"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("scan.txt:1: error: the file holds NUL bytes"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/index.html").path))
    }

    @Test func checkPrintsCompilerStyleWarningsAndExitsOneOnErrors() throws {
        let clean = try CLI.run(["check", "Reports"], in: CLI.root)
        #expect(clean.status == 0)
        #expect(clean.stderr.contains("002_990739f69f79df6f.txt:149: warning: "))
        let site = try CLI.makeSite()
        try Data([0, 1, 2, 3, 255]).write(to: site.appendingPathComponent("Reports/scan.txt"))
        #expect(try CLI.run(["check"], in: site).status == 1)
        #expect(try CLI.run(["check", "Reports/scan.txt"], in: site).status == 1)
    }

    @Test func aBadSiteJSONIsAnErrorWithLineAndColumnAndLeavesTheSite() throws {
        let site = try CLI.makeSite()
        #expect(try CLI.run(["build"], in: site).status == 0)
        try Data("{\n  \"title\": \"x\"\n  \"output\": \"Public\"\n}".utf8).write(to: site.appendingPathComponent("site.json"))
        let run = try CLI.run(["build"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("site.json:3:3: error: malformed JSON"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/index.html").path))
    }

    @Test func aTemplateTheSiteLacksIsBuiltInButOneNoWhereIsAnError() throws {
        let site = try CLI.makeSite()
        try FileManager.default.removeItem(at: site.appendingPathComponent("Templates/article.mustache"))
        #expect(try CLI.run(["build"], in: site).status == 0, "the built-in article template is used")
        try Data("{{<layout}}{{$main}}{{> sidebar}}{{/main}}{{/layout}}\n".utf8).write(to: site.appendingPathComponent("Templates/city.mustache"))
        let run = try CLI.run(["build"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Templates/city.mustache:1: error: template “sidebar” is used here but does not exist"), "\(run.stderr)")
    }

    @Test func anUnwritableOutputIsAnError() throws {
        let site = try CLI.makeSite()
        try Data("a file".utf8).write(to: site.appendingPathComponent("blocker"))
        let run = try CLI.run(["build", "--output", "blocker/Public"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("blocker/Public:0: error:"))
    }

    @Test(arguments: [["build", "--no-such-flag"], ["frobnicate"], ["extract", "--format", "yaml"]])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let run = try CLI.run(arguments, in: CLI.root)
        #expect(run.status == 2)
    }

    @Test func helpAndVersion() throws {
        let help = try CLI.run(["--help"], in: CLI.root)
        #expect(help.status == 0 && help.stdout.contains("build") && help.stdout.contains("extract"))
        let version = try CLI.run(["--version"], in: CLI.root)
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func extractPrintsOneObjectPerReportInTheFixtureSchema() throws {
        let run = try CLI.run(["extract", "Reports", "--format", "json"], in: CLI.root)
        #expect(run.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(reports.count == 5)
        let article = try #require((reports.first?["articles"] as? [[String: Any]])?.first)
        for key in ["headline", "kicker", "subheadline", "byline", "dateline", "district", "city", "sections",
                    "first_sentence", "last_sentence", "paragraph_count", "repairs", "paragraphs"] {
            #expect(article.keys.contains(key), "\(key)")
        }
        #expect(reports.first?["encoding"] as? String == "utf-8")
    }

    @Test func checkStopsBeforeOutput() throws {
        let site = try CLI.makeSite()
        let run = try CLI.run(["check"], in: site)
        #expect(run.status == 0)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public").path))
    }

    @Test func rebuildsAreByteIdenticalAndDropThePagesOfRemovedReports() throws {
        let site = try CLI.makeSite()
        func snapshot() throws -> [String: Data] {
            let output = site.appendingPathComponent("Public")
            let paths = FileManager.default.enumerator(atPath: output.path)!.allObjects as! [String]
            var files: [String: Data] = [:]
            for path in paths {
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isFolder)
                if !isFolder.boolValue { files[path] = try Data(contentsOf: output.appendingPathComponent(path)) }
            }
            return files
        }
        #expect(try CLI.run(["build"], in: site).status == 0)
        let first = try snapshot()
        #expect(try CLI.run(["build"], in: site).status == 0)
        #expect(try snapshot() == first)

        try FileManager.default.removeItem(at: site.appendingPathComponent("Reports/000_58953e8fa8208bd7.txt"))
        #expect(try CLI.run(["build"], in: site).status == 0)
        let after = try snapshot()
        #expect(first.keys.contains { $0.hasPrefix("articles/zhang-dian-qu") })
        #expect(!after.keys.contains { $0.hasPrefix("articles/zhang-dian-qu") })
        #expect(!after.keys.contains("districts/zhang-dian-qu.html"))
    }
}
