import Foundation
import Testing

/// The development set (ten labelled pages from seven provinces, copied from shared/devset with its
/// scorer) is scored on every test run, and no score may fall below where the reader stands now.
///
/// Every floor is at or above issue 17's bar (headline and district ≥ 97 %, investments P and R, kind
/// ≥ 95 %, date ≥ 98 %, paragraphs ≥ 95 %, spurious articles ≤ 1); the floors rise as the reader does,
/// and are never lowered to let a change through.
@Suite struct DevsetScoreTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/devset")

    /// The floor of each score in the summary line, in percent (spurious articles: a ceiling).
    static let floors: [(name: String, pattern: String, floor: Double)] = [
        ("headline", #"headline \d+/\d+ ([\d.]+)%"#, 100.0),
        ("district", #"district \d+/\d+ ([\d.]+)%"#, 100.0),
        ("precision", #"P ([\d.]+)%"#, 100.0),
        ("recall", #"R ([\d.]+)%"#, 100.0),
        ("kind", #"kind ([\d.]+)%"#, 100.0),
        ("date", #"date ([\d.]+)%"#, 100.0),
        ("para-count", #"para-count ([\d.]+)%"#, 100.0),
        ("para-exact", #"para-exact ([\d.]+)%"#, 100.0),
    ]

    @Test func theDevsetScoresNoLowerThanBefore() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "the devset's scorer needs /usr/bin/python3")
        let extract = try CLI.run(["extract", Self.folder.appendingPathComponent("reports").path, "--format", "json"], in: Self.folder)
        #expect(extract.status == 0, "\(extract.stderr)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-devset-\(UUID().uuidString).json")
        try Data(extract.stdout.utf8).write(to: output)
        let score = try CLI.run([Self.folder.appendingPathComponent("score.py").path, output.path], in: Self.folder,
                                executable: URL(fileURLWithPath: "/usr/bin/python3"))
        let summary = score.stdout + score.stderr
        for (name, pattern, floor) in Self.floors {
            let value = try #require(summary.firstMatch(of: try Regex(pattern)).flatMap { Double($0.output[1].substring ?? "") }, "\(name) in \(summary)")
            #expect(value >= floor, "\(name) fell to \(value) % (floor \(floor) %): \(summary)")
        }
        let spurious = summary.firstMatch(of: #/spurious (\d+)/#).flatMap { Int($0.output.1) }
        #expect(spurious == 0, "spurious articles: \(summary)")
    }
}
