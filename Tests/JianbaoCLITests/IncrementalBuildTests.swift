import Foundation
import Testing

/// A build after editing one report rewrites only the files whose bytes changed.
@Suite struct IncrementalBuildTests {
    struct Snapshot {
        var bytes: [String: Data] = [:]
        var stamps: [String: [FileAttributeKey: Any]] = [:]
    }

    static func snapshot(_ folder: URL) throws -> Snapshot {
        var result = Snapshot()
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)! {
            let file = folder.appendingPathComponent(path)
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            result.bytes[path] = try Data(contentsOf: file)
            result.stamps[path] = attributes
        }
        return result
    }

    static func same(_ a: [FileAttributeKey: Any]?, _ b: [FileAttributeKey: Any]?) -> Bool {
        a?[.systemFileNumber] as? Int == b?[.systemFileNumber] as? Int && a?[.modificationDate] as? Date == b?[.modificationDate] as? Date
    }

    @Test func editingOneReportRewritesOnlyWhatChanged() throws {
        let site = try CLI.makeSite()
        #expect(try CLI.run(["build"], in: site).status == 0)
        let public_ = site.appendingPathComponent("Public")
        let before = try Self.snapshot(public_)
        usleep(50_000)
        let reports = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Reports").path).sorted()
        let edited = site.appendingPathComponent("Reports/\(reports[0])")
        let handle = try FileHandle(forWritingTo: edited)
        handle.seekToEndOfFile()
        handle.write(Data("\n又有一个项目签约,总投资3亿元。\n".utf8))
        try handle.close()
        let run = try CLI.run(["build"], in: site)
        #expect(run.status == 0)
        let after = try Self.snapshot(public_)
        #expect(Set(before.bytes.keys) == Set(after.bytes.keys))
        var changed: [String] = []
        for (path, bytes) in after.bytes {
            let kept = Self.same(before.stamps[path], after.stamps[path])
            #expect(kept == (before.bytes[path] == bytes), "\(path): kept \(kept)")
            if !kept { changed.append(path) }
        }
        #expect(changed.contains("investments.html"))
        #expect(changed.contains { $0.hasPrefix("articles/") })
        #expect(changed.count * 3 < after.bytes.count, "most files are untouched: \(changed.sorted())")
        #expect(run.stdout.contains("(\(changed.count) changed)"))
    }

    static func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    @Test func pagesKeptFromTheLastBuildEqualAFreshBuild() throws {
        let site = try CLI.makeSite()
        #expect(try CLI.run(["build"], in: site).status == 0)
        let reports = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Reports").path).sorted()
        try Self.append("\n又有一个项目签约,总投资3亿元。\n", to: site.appendingPathComponent("Reports/\(reports[1])"))
        try Self.append("\n<!-- changed -->\n", to: site.appendingPathComponent("Templates/district.mustache"))
        #expect(try CLI.run(["build"], in: site).status == 0)
        // A second output folder has no manifest: every file is written.
        #expect(try CLI.run(["build", "--output", "Fresh"], in: site).status == 0)
        let kept = try Self.snapshot(site.appendingPathComponent("Public"))
        let fresh = try Self.snapshot(site.appendingPathComponent("Fresh"))
        #expect(kept.bytes == fresh.bytes)
        #expect(kept.bytes.contains { $0.key.hasPrefix("districts/") && String(decoding: $0.value, as: UTF8.self).contains("<!-- changed -->") })
    }

    @Test func aBuildKeepsNothingBesideTheOutputButItsManifestAndLock() throws {
        let site = try CLI.makeSite()
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: site.path))
        #expect(try CLI.run(["build"], in: site).status == 0)
        #expect(try CLI.run(["build"], in: site).status == 0)
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: site.path))
        #expect(after.subtracting(before).subtracting(["Public"]).sorted() == [".Public.lock", ".Public.manifest"])
    }

    @Test func deletingAReportRemovesItsPages() throws {
        let site = try CLI.makeSite()
        #expect(try CLI.run(["build"], in: site).status == 0)
        let before = try Self.snapshot(site.appendingPathComponent("Public"))
        let reports = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Reports").path).sorted()
        try FileManager.default.removeItem(at: site.appendingPathComponent("Reports/\(reports[0])"))
        #expect(try CLI.run(["build"], in: site).status == 0)
        let after = try Self.snapshot(site.appendingPathComponent("Public"))
        let gone = Set(before.bytes.keys).subtracting(after.bytes.keys)
        #expect(gone.contains { $0.hasPrefix("articles/") })
        #expect(Set(after.bytes.keys).isSubset(of: before.bytes.keys))
    }
}
