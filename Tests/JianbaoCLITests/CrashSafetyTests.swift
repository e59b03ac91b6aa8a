import Foundation
import Testing

/// Killing a build never leaves half a site, and the next build tidies what the killed one left.
@Suite(.serialized) struct CrashSafetyTests {
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        guard let paths = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] else { return [:] }
        var files: [String: Data] = [:]
        for path in paths {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        }
        return files
    }

    @Test func fiftyBuildsKilledAtRandomMomentsLeaveTheOldSiteOrTheNew() throws {
        let site = try CLI.makeSite()
        let report = site.appendingPathComponent("Reports/003_f0c88fd3146f3612.txt")
        let original = try String(contentsOf: report, encoding: .utf8)
        let versions = [original, original.replacingOccurrences(of: "战疫情保发展 奋力夺取双胜利", with: "另一个版本的标题")]
        // The two complete sites every kill must leave one of.
        var complete: [[String: Data]] = []
        for (index, text) in versions.enumerated() {
            try Data(text.utf8).write(to: report)
            #expect(try CLI.run(["build", "--output", "Expected\(index)"], in: site).status == 0)
            complete.append(try Self.snapshot(site.appendingPathComponent("Expected\(index)")))
        }
        #expect(complete[0] != complete[1])
        // Kill moments spread over the time a rebuild takes here, whatever the machine's speed: the
        // quickest of a few rebuilds like the ones below, since other tests may be slowing any one down.
        var quickest = Double.infinity
        for version in [1, 0, 1] {
            let started = Date()
            try Data(versions[version].utf8).write(to: report)
            #expect(try CLI.run(["build"], in: site).status == 0)
            quickest = min(quickest, Date().timeIntervalSince(started))
        }
        let window = UInt64(max(0.05, quickest) * 1_000_000)

        var generator = SplitMix(seed: 20_201_121)
        var kills = 0
        for run in 0..<50 {
            try Data(versions[run % 2].utf8).write(to: report)
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["build"]
            process.currentDirectoryURL = site
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(generator.next() % window))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            let public_ = try Self.snapshot(site.appendingPathComponent("Public"))
            #expect(public_ == complete[0] || public_ == complete[1], "run \(run): Public/ is neither complete site")
        }
        #expect(kills >= 25, "only \(kills) of 50 builds were killed before they finished")
        #expect(try CLI.run(["build"], in: site).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    @Test func aBuildOnOneCoreEqualsABuildOnAllCores() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") else { return }
        let site = try CLI.makeSite()
        #expect(try CLI.run(["build", "--output", "All"], in: site).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
        process.arguments = ["-c", "0", CLI.binary.path, "build", "--output", "One"]
        process.currentDirectoryURL = site
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let all = try Self.snapshot(site.appendingPathComponent("All"))
        let one = try Self.snapshot(site.appendingPathComponent("One"))
        #expect(!all.isEmpty && all == one)
    }
}

/// A small seeded generator, so the kill moments are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
