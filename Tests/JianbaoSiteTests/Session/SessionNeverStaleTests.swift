import Foundation
import Testing
@testable import JianbaoSite

/// A preview session's output is, after every edit, byte for byte what a full build writes.
@Suite struct SessionNeverStaleTests {
    /// Every file under `folder`, by path, with its bytes.
    static func files(in folder: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = FileManager.default.contents(atPath: path).map(Array.init) ?? []
        }
        return files
    }

    /// Folders under `folder` that hold nothing: a full build never leaves one.
    static func emptyFolders(in folder: String) -> [String] {
        let manager = FileManager.default
        return (manager.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { relative in
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder) && isFolder.boolValue
                && (try? manager.contentsOfDirectory(atPath: folder + "/" + relative))?.isEmpty == true
        }
    }

    /// What differs between the session's output and a fresh full build of the same project, as lines.
    /// The build is `build`'s steps from a fresh load, kept in memory: the staging folder only adds its marker.
    static func differences(_ project: GeneratedProject) throws -> [String] {
        let (config, _) = try ProjectLoader.loadConfig(project.config)
        let built = try SiteBuilder.build(ProjectLoader.load(config)).tree.files
        var served = files(in: project.output)
        #expect(served.removeValue(forKey: OutputGuard.markerName) != nil)
        var lines: [String] = []
        for path in Set(served.keys).union(built.keys).sorted() where served[path] != built[path] {
            lines.append(served[path] == nil ? "missing \(path)" : built[path] == nil ? "left over \(path)" : "stale \(path)")
        }
        return lines + emptyFolders(in: project.output).map { "empty folder \($0)" }
    }

    static let sequencesPerProject = 10
    /// How many reports each project starts with: 7, or `JIANBAO_NEVER_STALE_REPORTS` for the run at
    /// 1,000 reports that Benchmarks/RESULTS.md records.
    static let reports = ProcessInfo.processInfo.environment["JIANBAO_NEVER_STALE_REPORTS"].flatMap(Int.init) ?? 7

    // 20 projects of 10 edit sequences each: 200 sequences, each of one to three edits and then a
    // rebuild and the comparison. A failure names the seed and the edits, which make it again.
    @Test(arguments: 0..<4)
    func everyEditSequenceLeavesWhatAFullBuildWrites(batch: Int) throws {
        for seed in UInt64(batch * 5)..<UInt64(batch * 5 + 5) {
            var project = try GeneratedProject(seed: seed, reports: Self.reports)
            defer { project.remove() }
            let session = SiteSession(config: project.config)
            _ = try session.rebuild()
            var done: [String] = []
            for _ in 0..<Self.sequencesPerProject {
                for _ in 0..<Int.random(in: 1...3, using: &project.rng) { done.append(try project.edit()) }
                _ = try session.rebuild()
                let differences = try Self.differences(project)
                #expect(differences.isEmpty, "seed \(seed), after \(done.joined(separator: "; ")): \(differences.prefix(8))")
                if !differences.isEmpty { return }
            }
        }
    }

    @Test func aFailedRebuildKeepsTheLastGoodSiteAndTheNextOneCatchesUp() throws {
        var project = try GeneratedProject(seed: 9_001, reports: 3)
        defer { project.remove() }
        let session = SiteSession(config: project.config)
        _ = try session.rebuild()
        let good = Self.files(in: project.output)
        try project.addReport()
        try project.append("{{#broken}}", to: "Templates/article.mustache")
        #expect(throws: SiteError.self) { try session.rebuild() }
        #expect(Self.files(in: project.output) == good, "nothing is written when the templates do not parse")
        let template = project.root.appendingPathComponent("Templates/article.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try Data(text.dropLast("{{#broken}}".count).utf8).write(to: template)
        _ = try session.rebuild()
        #expect(try Self.differences(project).isEmpty)
    }

    @Test func aSavedReportRewritesOnlyTheFilesItChanges() throws {
        var project = try GeneratedProject(seed: 77, reports: 6)
        defer { project.remove() }
        let session = SiteSession(config: project.config)
        let first = try session.rebuild()
        #expect(first.filesChanged == first.filesWritten)
        let name = project.reports.keys.sorted()[0]
        project.reports[name]![0].headline += "(更正)"
        try project.write(name)
        var reloadedAfterPages = false
        let second = try session.rebuild(pagesWritten: { reloadedAfterPages = true })
        #expect(reloadedAfterPages)
        #expect(second.filesChanged > 0 && second.filesChanged < first.filesWritten / 2, "\(second.filesChanged) of \(first.filesWritten)")
        let third = try session.rebuild()
        #expect(third.filesChanged == 0, "nothing changed, nothing written")
        #expect(try Self.differences(project).isEmpty)
    }
}
