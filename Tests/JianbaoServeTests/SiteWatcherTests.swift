import Foundation
import Testing
@testable import JianbaoServe

@Suite struct SiteWatcherTests {
    actor Seen {
        var changes: [[String]] = []
        func add(_ changed: [String]) { changes.append(changed) }
    }

    static func makeFolder(_ label: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Waits up to twenty seconds (the whole suite may be running beside it) for the watcher to
    /// report as many bursts as `count`.
    static func wait(for count: Int, in seen: Seen) async throws {
        for _ in 0..<1000 where await seen.changes.count < count {
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    @Test(arguments: [true, false])
    func aSaveWhileTheFirstBuildRunsStartsAnotherBuild(listens: Bool) async throws {
        let folder = try Self.makeFolder("watch")
        let report = folder.appendingPathComponent("a.txt")
        try Data("旧".utf8).write(to: report)
        // The server looks at the files, then builds; the save lands during that build.
        let before = FileStamps(roots: [folder.path])
        try Data("新的文字".utf8).write(to: report)
        let seen = Seen()
        let watcher = SiteWatcher(paths: [folder.path], since: before, listens: listens) { await seen.add($0) }
        let task = Task { try await watcher.run() }
        defer { task.cancel() }
        try await Self.wait(for: 1, in: seen)
        #expect(await seen.changes == [[report.path]])
    }

    /// Each step changes the files and names the paths the watcher must report for it.
    typealias Step = (change: @Sendable (URL) throws -> Void, changed: [String])

    static let steps: [String: Step] = [
        "edit": ({ try Data("改过的文字".utf8).write(to: $0.appendingPathComponent("a.txt")) }, ["a.txt"]),
        "new folder": ({
            let sub = $0.appendingPathComponent("2024/03")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data("新".utf8).write(to: sub.appendingPathComponent("c.txt"))
        }, ["2024/03/c.txt"]),
        "rename": ({
            try FileManager.default.moveItem(at: $0.appendingPathComponent("a.txt"), to: $0.appendingPathComponent("d.txt"))
        }, ["a.txt", "d.txt"]),
        "folder renamed": ({
            try FileManager.default.moveItem(at: $0.appendingPathComponent("old"), to: $0.appendingPathComponent("new"))
        }, ["new/b.txt", "old/b.txt"]),
        "delete": ({ try FileManager.default.removeItem(at: $0.appendingPathComponent("old/b.txt")) }, ["old/b.txt"]),
        "editor's swap file only": ({ try Data("x".utf8).write(to: $0.appendingPathComponent(".a.txt.swp")) }, []),
        "site.json": ({ try Data("{\"title\":\"新\"}".utf8).write(to: $0.appendingPathComponent("site.json")) }, ["site.json"]),
        "file beside site.json": ({ try Data("x".utf8).write(to: $0.appendingPathComponent("notes.md")) }, []),
    ]

    @Test(arguments: steps.keys.sorted(), [true, false])
    func aChangeIsReportedOnceWithThePathsItTouched(step: String, listens: Bool) async throws {
        let root = try Self.makeFolder("steps")
        let reports = root.appendingPathComponent("Reports")
        try FileManager.default.createDirectory(at: reports.appendingPathComponent("old"), withIntermediateDirectories: true)
        try Data("旧".utf8).write(to: reports.appendingPathComponent("a.txt"))
        try Data("旧".utf8).write(to: reports.appendingPathComponent("old/b.txt"))
        let site = root.appendingPathComponent("site.json")
        try Data("{}".utf8).write(to: site)
        let seen = Seen()
        // As the server does: the look before starting is what a change is told against, however
        // late the watcher starts.
        let before = FileStamps(roots: [reports.path, site.path])
        let watcher = SiteWatcher(paths: [reports.path, site.path], since: before, listens: listens) { await seen.add($0) }
        let task = Task { try await watcher.run() }
        defer { task.cancel() }
        try await Task.sleep(for: .milliseconds(100))
        let (change, changed) = try #require(Self.steps[step])
        let target = step.hasPrefix("site.json") || step.hasPrefix("file beside") ? root : reports
        try change(target)
        try await Self.wait(for: 1, in: seen)
        if changed.isEmpty { try await Task.sleep(for: .milliseconds(200)) }
        let expected = changed.map { target.path + "/" + $0 }
        #expect(await seen.changes == (expected.isEmpty ? [] : [expected]))
    }

    @Test func aLookAtTheTouchedPathsAgreesWithALookAtEverything() throws {
        let folder = try Self.makeFolder("refresh")
        let manager = FileManager.default
        for sub in ["a/b", "c", ".hidden"] {
            try manager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for file in ["a/b/1.txt", "a/2.txt", "c/3.txt", ".hidden/4.txt"] {
            try Data("字".utf8).write(to: folder.appendingPathComponent(file))
        }
        var stamps = FileStamps(roots: [folder.path])
        try manager.moveItem(at: folder.appendingPathComponent("a"), to: folder.appendingPathComponent("e"))
        try manager.removeItem(at: folder.appendingPathComponent("c/3.txt"))
        try Data("新字".utf8).write(to: folder.appendingPathComponent(".hidden/5.txt"))
        stamps.refresh(Set(["a", "e", "c/3.txt", ".hidden/5.txt"].map { folder.path + "/" + $0 }))
        #expect(stamps == FileStamps(roots: [folder.path]))
        #expect(stamps.stamps.keys.sorted() == ["e/2.txt", "e/b/1.txt"].map { folder.path + "/" + $0 })
    }

    @Test func aLookSeesNestedFilesAndLinksButNotHiddenOrScratchOnes() throws {
        let manager = FileManager.default
        let folder = try Self.makeFolder("scan")
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
        let seen = FileStamps(roots: [folder.path + "/", site.path, folder.appendingPathComponent("missing").path]).stamps
        #expect(Set(seen.keys) == Set(["a.txt", "assets/css/style.css", "linked.txt", "site.json"].map { folder.path + "/" + $0 }))
        #expect(seen[site.path]?.size == 2)
    }
}
