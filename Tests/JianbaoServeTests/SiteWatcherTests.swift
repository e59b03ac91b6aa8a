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
}
