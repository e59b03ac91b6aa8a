import Foundation
import Testing

/// A new user's first steps, outside the repository: `init`, reports in, `build`.
@Suite struct InitCommandTests {
    @Test func initThenBuildInAnEmptyFolderGivesASiteFromTheBuiltInTemplates() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let first = try CLI.run(["init", "."], in: site)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("site.json") && first.stdout.contains("Reports/"))
        let reports = CLI.root.appendingPathComponent("Reports")
        for name in try FileManager.default.contentsOfDirectory(atPath: reports.path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: reports.appendingPathComponent(name), to: site.appendingPathComponent("Reports/" + name))
        }
        let build = try CLI.run(["build"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/assets/style.css").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Templates").path))

        let again = try CLI.run(["init", "."], in: site)
        #expect(again.status == 1)
        #expect(again.stderr.contains("error: not overwriting what is there: Pages/about.md, Reports/README.md, site.json"), "\(again.stderr)")
    }

    @Test func aFolderWithOnlyReportsBuilds() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-bare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("Reports"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let report = CLI.root.appendingPathComponent("Reports/003_f0c88fd3146f3612.txt")
        try FileManager.default.copyItem(at: report, to: site.appendingPathComponent("Reports/page.txt"))
        let build = try CLI.run(["build"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("built 1 reports"))
        let home = try String(contentsOf: site.appendingPathComponent("Public/index.html"), encoding: .utf8)
        #expect(home.contains("<link rel=\"stylesheet\" href=\"assets/style.css\">"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/districts/bo-shan-qu.html").path), "the gazetteer is built in")
    }
}
