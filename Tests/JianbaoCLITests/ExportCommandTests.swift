import Foundation
import Testing

/// `jianbao export --markdown DIR` as a process.
@Suite struct ExportCommandTests {
    @Test func writesOneMarkdownFilePerArticleAndLeavesOtherFilesAlone() throws {
        let site = try CLI.makeSite()
        let content = site.appendingPathComponent("content/articles")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: content.appendingPathComponent("_index.md"))
        let first = try CLI.run(["export", "--markdown", "content/articles"], in: site)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("exported 21 articles, 21 files written"))
        let files = try FileManager.default.contentsOfDirectory(atPath: content.path)
        #expect(files.filter { $0.hasSuffix(".md") }.count == 22)
        #expect(try String(contentsOf: content.appendingPathComponent("_index.md"), encoding: .utf8) == "keep")
        let again = try CLI.run(["export", "--markdown", "content/articles"], in: site)
        #expect(again.stdout.hasPrefix("exported 21 articles, 0 files written"))
    }
}
