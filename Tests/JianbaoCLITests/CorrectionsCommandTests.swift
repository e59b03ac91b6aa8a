import Foundation
import Testing

/// corrections.json through the commands: `check` lists what each correction changed, `extract`
/// prints the reading before them unless asked, and a malformed file stops with its line and column.
@Suite struct CorrectionsCommandTests {
    static let corrections = """
        [
          {"report": "003_f0c88fd3146f3612.txt", "article": {"headline": "战疫情保发展 奋力夺取双胜利"}, "set": {"district": "张店区"}},
          {"report": "003_f0c88fd3146f3612.txt", "figure": {"quote": "没有这样的句子"}, "drop": true}
        ]
        """

    @Test func checkListsEachChangeAndWarnsOfWhatMatchedNothing() throws {
        let site = try CLI.makeSite()
        try Data(Self.corrections.utf8).write(to: site.appendingPathComponent("corrections.json"))
        let run = try CLI.run(["check"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("corrections.json:2: 003_f0c88fd3146f3612.txt: 区县改为张店区(原为博山区)"), "\(run.stdout)")
        #expect(run.stderr.contains("corrections.json:3: warning: no figure of 003_f0c88fd3146f3612.txt has “没有这样的句子”; nothing changed"))
    }

    @Test func extractPrintsTheReadingBeforeCorrectionsUnlessAskedForAfter() throws {
        let site = try CLI.makeSite()
        try Data(Self.corrections.utf8).write(to: site.appendingPathComponent("corrections.json"))
        func district(_ arguments: [String]) throws -> String? {
            let run = try CLI.run(["extract", "Reports/003_f0c88fd3146f3612.txt", "--format", "json"] + arguments, in: site)
            let reports = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
            return (reports?.first?["articles"] as? [[String: Any]])?.first?["district"] as? String
        }
        #expect(try district([]) == "博山区")
        #expect(try district(["--corrected"]) == "张店区")
    }

    @Test func aMalformedCorrectionsFileStopsTheBuildAtItsLineAndColumn() throws {
        let site = try CLI.makeSite()
        try Data("[\n  {\"report\": \"a.txt\" \"drop\": true}\n]".utf8).write(to: site.appendingPathComponent("corrections.json"))
        let run = try CLI.run(["build"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("corrections.json:2:"), "\(run.stderr)")
        #expect(run.stderr.contains("error: malformed JSON"))
    }
}
