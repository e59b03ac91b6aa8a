import Foundation
import Testing

/// A build never moves or deletes what Jianbao did not make: each refused output is tried as often as
/// it took to lose files before, and everything must still be in place.
@Suite struct OutputSafetyTests {
    /// Every file and folder under `folder` (hidden ones too) with its bytes; folders map to nil.
    static func everything(_ folder: URL) -> [String: Data?] {
        var all: [String: Data?] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? FileManager.default.enumerator(atPath: "/nonexistent")! {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            all[path] = isFolder.boolValue ? nil : FileManager.default.contents(atPath: url.path)
        }
        return all
    }

    @Test func theHomeFolderIsRefusedAndKeepsItsFiles() throws {
        let site = try CLI.makeSite()
        let home = site.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try Data("日记".utf8).write(to: home.appendingPathComponent("notes.txt"))
        let before = Self.everything(site)
        for output in [home.path, "~", "home"] {
            for _ in 0..<3 {
                let run = try CLI.run(["build", "--output", output == "~" ? home.path : output], in: site, environment: ["HOME": home.path])
                #expect(run.status == 1)
                #expect(run.stderr.contains("error: refusing to build into this folder: it is the home folder"), "\(run.stderr)")
            }
        }
        #expect(Self.everything(site) == before, "nothing was made, moved or deleted, not even a lock beside the home folder")
    }

    @Test(arguments: ["Reports", ".", "Templates", "..", "/", "Reports/site", "Templates/assets", "./Reports/"])
    func aFolderTheSiteIsBuiltFromIsRefused(output: String) throws {
        let site = try CLI.makeSite()
        let parent = site.deletingLastPathComponent()
        let siblings = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0.hasPrefix(".") }
        let before = Self.everything(site)
        for _ in 0..<3 {
            let run = try CLI.run(["build", "--output", output], in: site)
            #expect(run.status == 1)
            #expect(run.stderr.contains("\(output):0: error: refusing to build into this folder"), "\(run.stderr)")
        }
        #expect(Self.everything(site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0.hasPrefix(".") } == siblings)
    }

    @Test func anOutputThatIsAFileOrALinkIsRefused() throws {
        let site = try CLI.makeSite()
        try Data("不是网站".utf8).write(to: site.appendingPathComponent("plain.txt"))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("Real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("Linked").path, withDestinationPath: "Real")
        let before = Self.everything(site)
        for _ in 0..<3 {
            let file = try CLI.run(["build", "--output", "plain.txt"], in: site)
            #expect(file.status == 1)
            #expect(file.stderr.contains("plain.txt:0: error: refusing to build into this folder: it is a file, not a folder"))
            for spelling in ["Linked", "Linked/", "./Linked/."] {
                let link = try CLI.run(["build", "--output", spelling], in: site)
                #expect(link.status == 1)
                #expect(link.stderr.contains("it is a symbolic link"), "\(spelling): \(link.stderr)")
            }
        }
        #expect(Self.everything(site) == before)
    }

    @Test func aFolderOfOtherFilesIsRefusedButAnEmptyOneOrJianbaosIsBuilt() throws {
        let site = try CLI.makeSite()
        let other = site.appendingPathComponent("Other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: other.appendingPathComponent("keep.html"))
        let refused = try CLI.run(["build", "--output", "Other"], in: site)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Other:0: error: the output folder holds files Jianbao did not make (keep.html)"))
        #expect(FileManager.default.contents(atPath: other.appendingPathComponent("keep.html").path) == Data("x".utf8))

        let empty = site.appendingPathComponent("Empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data().write(to: empty.appendingPathComponent(".gitkeep"))
        #expect(try CLI.run(["build", "--output", "Empty"], in: site).status == 0)
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent(".jianbao-site").path))
        // Its own site is Jianbao's from then on, even with the caches beside it deleted.
        for hidden in try FileManager.default.contentsOfDirectory(atPath: site.path) where hidden.hasPrefix(".Empty.") {
            try FileManager.default.removeItem(at: site.appendingPathComponent(hidden))
        }
        #expect(try CLI.run(["build", "--output", "Empty"], in: site).status == 0)
        #expect(try CLI.run(["build", "--output", "New/Site"], in: site).status == 0)
    }

    @Test func aLeftoverThatIsALinkIsRemovedNotFollowed() throws {
        let site = try CLI.makeSite()
        #expect(try CLI.run(["build"], in: site).status == 0)
        let precious = site.appendingPathComponent("Precious")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("珍贵".utf8).write(to: precious.appendingPathComponent("a.txt"))
        for name in [".Public.spare", ".Public.staging-1", ".Public.old-1"] {
            try? FileManager.default.removeItem(at: site.appendingPathComponent(name))
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent(name).path, withDestinationPath: precious.path)
            #expect(try CLI.run(["build"], in: site).status == 0)
            #expect(Self.everything(precious) == ["a.txt": Data("珍贵".utf8)], "\(name)")
        }
    }
}

/// Permissions a user set on the live site never let a build write through to it.
@Suite struct ReadOnlyLeftoverTests {
    // As root every write is allowed, so the builds run as an unprivileged user there.
    static func build(in site: URL) throws -> CLI.Run {
        guard getuid() == 0 else { return try CLI.run(["build", "--quiet"], in: site) }
        return try CLI.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path, "build", "--quiet"],
                           in: site, executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    @Test func aReadOnlySiteIsNeverWrittenThroughItsLinks() throws {
        if getuid() == 0 { guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return } }
        let site = try CLI.makeSite()
        if getuid() == 0 { chown(site.path, 65534, 65534); try CLI.chownTree(site, to: 65534) }
        #expect(try Self.build(in: site).status == 0)
        let live = site.appendingPathComponent("Public")
        for case let path as String in FileManager.default.enumerator(atPath: live.path)! {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: live.appendingPathComponent(path).path, isDirectory: &isFolder), isFolder.boolValue {
                chmod(live.appendingPathComponent(path).path, 0o555)
            }
        }
        chmod(live.path, 0o555)
        // A published copy made of hard links to the live site's files, as `cp -al` makes.
        let copy = site.appendingPathComponent("Copy")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in ["index.html", "investments.html"] { link(live.appendingPathComponent(name).path, copy.appendingPathComponent(name).path) }
        let linked = OutputSafetyTests.everything(copy)
        let report = site.appendingPathComponent("Reports/003_f0c88fd3146f3612.txt")
        try (try Data(contentsOf: report) + Data("\n另有项目签约,总投资3亿元。\n".utf8)).write(to: report)
        let second = try Self.build(in: site)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(OutputSafetyTests.everything(live)["investments.html"] != linked["investments.html"], "the page changed")
        #expect(OutputSafetyTests.everything(copy) == linked, "the files linked to the old site are as they were")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".Public") }.sorted()
        #expect(siblings == [".Public.lock", ".Public.manifest"], "the read-only site it replaced is removed")
    }
}

extension OutputSafetyTests {
    @Test func anOldVersionsCacheFolderThatIsALinkIsRemovedNotFollowed() throws {
        let site = try CLI.makeSite()
        let precious = site.appendingPathComponent("Precious")
        try FileManager.default.createDirectory(at: precious.appendingPathComponent("readings"), withIntermediateDirectories: true)
        try Data("珍贵".utf8).write(to: precious.appendingPathComponent("readings/a.txt"))
        for name in [".Public.cache", ".Public.spare"] {
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent(name).path, withDestinationPath: precious.path)
        }
        #expect(try CLI.run(["build"], in: site).status == 0)
        #expect(Self.everything(precious).keys.sorted() == ["readings", "readings/a.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".Public") }.sorted() == [".Public.lock", ".Public.manifest"])
    }
}
