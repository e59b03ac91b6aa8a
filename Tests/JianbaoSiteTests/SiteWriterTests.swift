import Foundation
import Testing
@testable import JianbaoSite

@Suite struct SiteWriterTests {
    let folder: URL
    var output: URL { folder.appendingPathComponent("Public") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func tree(_ files: [String: String]) -> OutputTree {
        var tree = OutputTree()
        for (path, text) in files { tree.add(path, text) }
        return tree
    }

    // The output's files but the marker that says the folder is Jianbao's.
    func contents() throws -> [String] {
        (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []).filter { $0 != OutputGuard.markerName }.sorted()
    }

    @Test func writesTheTreeAndReplacesTheOldSiteWhole() throws {
        try SiteWriter.write(tree(["index.html": "一", "articles/old.html": "旧"]), to: output.path)
        try SiteWriter.write(tree(["index.html": "二", "articles/new.html": "新"]), to: output.path)
        #expect(try contents() == ["articles", "articles/new.html", "index.html"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "二")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(siblings == [".Public.manifest", "Public"], "no staging folder or old site is left behind")
    }

    func stamp(_ path: String) throws -> (inode: Int, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)
        return ((attributes[.systemFileNumber] as? Int) ?? -1, attributes[.modificationDate] as! Date)
    }

    @Test func unchangedFilesAreKeptChangedOnesWrittenRemovedOnesGone() throws {
        try SiteWriter.write(tree(["index.html": "一", "a.html": "甲", "b.html": "乙", "old.html": "旧"]), to: output.path)
        let before = try (stamp("a.html"), stamp("b.html"))
        usleep(20_000)
        let written = try SiteWriter.write(tree(["index.html": "二", "a.html": "甲", "b.html": "乙"]), to: output.path)
        #expect(written == .init(files: 3, changed: 1))
        let after = try (stamp("a.html"), stamp("b.html"))
        #expect(before.0.inode == after.0.inode && before.0.modified == after.0.modified)
        #expect(before.1.inode == after.1.inode && before.1.modified == after.1.modified)
        #expect(try contents() == ["a.html", "b.html", "index.html"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "二")
    }

    @Test func aFileChangedByHandIsWrittenAgain() throws {
        try SiteWriter.write(tree(["index.html": "原文"]), to: output.path)
        try Data("改过".utf8).write(to: output.appendingPathComponent("index.html"))
        let written = try SiteWriter.write(tree(["index.html": "原文"]), to: output.path)
        #expect(written.changed == 1)
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "原文")
    }

    @Test func aLostManifestOnlyMeansEveryFileIsWritten() throws {
        try SiteWriter.write(tree(["index.html": "一"]), to: output.path)
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".Public.manifest"))
        #expect(try SiteWriter.write(tree(["index.html": "一"]), to: output.path).changed == 1)
        #expect(try SiteWriter.write(tree(["index.html": "一"]), to: output.path).changed == 0)
    }

    @Test func aManifestThatCannotBeSavedIsAWarningAndTheSiteIsWritten() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".Public.manifest/in-the-way"), withIntermediateDirectories: true)
        let written = try SiteWriter.write(tree(["index.html": "一"]), to: output.path)
        #expect(written.warnings.map(\.message) == [written.warnings.first?.message ?? ""] && written.warnings.count == 1)
        #expect(written.warnings.first?.message.contains("the next build will be slower, not wrong") == true)
        #expect(try text("index.html") == "一")
    }

    @Test func keepsGitkeep() throws {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: output.appendingPathComponent(".gitkeep").path, contents: Data())
        try SiteWriter.write(tree(["index.html": "x"]), to: output.path)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".gitkeep").path))
    }

    @Test func removesWhatAKilledBuildLeftBehind() throws {
        let leftover = folder.appendingPathComponent(".Public.staging-99999")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try SiteWriter.write(tree(["index.html": "x"]), to: output.path)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }

    @Test func aFailedWriteLeavesTheOldSiteUntouched() throws {
        try SiteWriter.write(tree(["index.html": "旧站"]), to: output.path)
        // A path that must be both a file and a folder cannot be written.
        #expect(throws: SiteError.self) {
            try SiteWriter.write(tree(["a": "file", "a/b.html": "under a file"]), to: output.path)
        }
        #expect(try contents() == ["index.html"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "旧站")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".Public.manifest", "Public"])
    }

    @Test func anUnwritableParentIsAnErrorThatNamesTheOutput() throws {
        guard getuid() != 0 else { return }  // root writes anywhere; the CLI test covers a file in the way.
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path) }
        #expect(throws: SiteError.self) { try SiteWriter.write(tree(["index.html": "x"]), to: output.path) }
    }

    @Test func aBuildStreamedIntoStagingWritesTheSameFilesAsTheTreeInMemory() throws {
        let input = try SampleSite.input()
        let inMemory = try SiteBuilder.build(input).tree
        let staging = try StagingFolder(for: output.path)
        var clock = StageClock()
        let streamed = try SiteBuilder.build(input, clock: &clock, into: staging)
        #expect(streamed.tree.files.isEmpty)
        let written = try staging.finish()
        #expect(written.files == inMemory.files.count)
        // The progress line's total is the number of files a build makes.
        let pages = SitePages(model: streamed.model, templates: try TemplateSet(input.templates))
        #expect(pages.fileCount + input.assets.count == inMemory.files.count)
        for (path, bytes) in inMemory.files {
            #expect(try Data(contentsOf: output.appendingPathComponent(path)) == Data(bytes), "\(path)")
        }
        #expect(try contents().filter { !$0.hasSuffix("/") }.count >= inMemory.files.count)
    }

    @Test func aDiscardedStagingFolderLeavesTheOldSiteAndNoLeftovers() throws {
        try SiteWriter.write(tree(["index.html": "旧站"]), to: output.path)
        let staging = try StagingFolder(for: output.path)
        staging.add("index.html", bytes: Array("新站".utf8))
        staging.discard()
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "旧站")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("staging") }.isEmpty)
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func pathsThatChangeKindBetweenBuildsAndTheLeftoversOfOlderVersionsAreHandled() throws {
        try SiteWriter.write(tree(["index.html": "一", "a.html": "甲", "gone.html": "去", "x/y.html": "叶", "f": "文件"]), to: output.path)
        let kept = try stamp("a.html")
        for old in [".Public.spare", ".Public.cache/readings"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(old), withIntermediateDirectories: true)
        }
        // Paths change kind: the file `f` becomes a folder, the folder `x` a file.
        try SiteWriter.write(tree(["index.html": "三", "a.html": "甲", "f/g.html": "新", "x": "不再是文件夹"]), to: output.path)
        #expect(try contents() == ["a.html", "f", "f/g.html", "index.html", "x"])
        #expect(try text("a.html") == "甲" && text("index.html") == "三" && text("x") == "不再是文件夹")
        #expect(try stamp("a.html").inode == kept.inode, "an unchanged file is still the same file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".Public.manifest", "Public"])
    }

    @Test func twoFilesAtOnePathFailTheBuild() throws {
        try SiteWriter.write(tree(["index.html": "旧站"]), to: output.path)
        let staging = try StagingFolder(for: output.path)
        staging.add("a.html", bytes: Array("甲".utf8))
        staging.add("a.html", bytes: Array("乙".utf8))
        #expect(throws: SiteError.self) { try staging.finish() }
        #expect(try contents() == ["index.html"])
    }

    @Test func aFileChangedInAFailedBuildIsNotChangedInTheOutputThroughItsLink() throws {
        try SiteWriter.write(tree(["index.html": "一", "a.html": "甲"]), to: output.path)
        try SiteWriter.write(tree(["index.html": "二", "a.html": "甲"]), to: output.path)
        // The staged a.html would be a link to the output's if unchanged; this build writes it, then fails.
        #expect(throws: SiteError.self) {
            try SiteWriter.write(tree(["index.html": "二", "a.html": "乙", "b": "file", "b/c.html": "under a file"]), to: output.path)
        }
        #expect(try text("a.html") == "甲")
        #expect(try contents() == ["a.html", "index.html"])
    }
}
