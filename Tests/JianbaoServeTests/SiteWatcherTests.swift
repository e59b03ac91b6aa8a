import Foundation
import Testing
@testable import JianbaoServe

@Suite struct SiteWatcherTests {
    actor Seen {
        var changes: [[String]] = []
        func add(_ changed: [String]) { changes.append(changed) }
    }

    @Test func aSaveWhileTheFirstBuildRunsStartsAnotherBuild() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let report = folder.appendingPathComponent("a.txt")
        try Data("旧".utf8).write(to: report)
        // The server looks at the files, then builds; the save lands during that build.
        let before = SiteWatcher.scan([folder.path])
        try Data("新的文字".utf8).write(to: report)
        let seen = Seen()
        let watcher = SiteWatcher(paths: [folder.path], since: before) { await seen.add($0) }
        let task = Task { try await watcher.run() }
        defer { task.cancel() }
        for _ in 0..<100 where await seen.changes.isEmpty {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(await seen.changes == [[report.path]])
    }

    @Test func aLookSeesNestedFilesAndLinksButNotHiddenOrScratchOnes() throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("jianbao-scan-\(UUID().uuidString)")
        for sub in ["assets/css", ".git", "loop"] {
            try manager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for file in ["a.txt", "assets/css/style.css", ".git/HEAD", ".a.txt.swp", "b.txt~", "#c.txt#"] {
            try Data("字".utf8).write(to: folder.appendingPathComponent(file))
        }
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("linked.txt").path, withDestinationPath: folder.appendingPathComponent("a.txt").path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("loop/up").path, withDestinationPath: folder.path)
        let site = folder.appendingPathComponent("site.json")
        try Data("{}".utf8).write(to: site)
        let seen = SiteWatcher.scan([folder.path + "/", site.path, folder.appendingPathComponent("missing").path])
        #expect(Set(seen.keys) == Set(["a.txt", "assets/css/style.css", "linked.txt", "site.json"].map { folder.path + "/" + $0 }))
        #expect(seen[site.path]?.size == 2)
    }
}
