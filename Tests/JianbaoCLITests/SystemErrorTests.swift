import Foundation
import Testing

/// A full or read-only disk is said in words, and the previous site is kept.
@Suite struct SystemErrorTests {
    /// Runs jianbao in a mount namespace of its own, with a small file system at `mnt` in the site
    /// (mounted with `options`); nil where namespaces cannot be made here.
    static func runWithMount(_ options: String, _ arguments: [String], in site: URL, at point: String = "mnt") throws -> CLI.Run? {
        let mount = site.appendingPathComponent(point)
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let script = "mount -t tmpfs -o \(options) tmpfs \(point) || exit 99; exec \"$0\" \"$@\""
        let flags = getuid() == 0 ? ["-m"] : ["-r", "-m"]
        let run = try CLI.run(flags + ["sh", "-c", script, CLI.binary.path] + arguments, in: site,
                              executable: URL(fileURLWithPath: "/usr/bin/unshare"))
        return run.status == 99 || run.stderr.contains("unshare:") ? nil : run
    }

    @Test func aFullDiskIsSaidInWordsAndLeavesNoHalfSite() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return }
        let site = try CLI.makeSite()
        guard let run = try Self.runWithMount("size=200k", ["build", "--output", "mnt/Public"], in: site) else { return }
        #expect(run.status == 1)
        #expect(run.stderr.contains("mnt/Public:0: error: cannot write the site ("), "\(run.stderr)")
        #expect(run.stderr.contains("no space left on the device"), "\(run.stderr)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aReadOnlyDiskIsSaidInWords() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return }
        let site = try CLI.makeSite()
        guard let run = try Self.runWithMount("ro", ["build", "--output", "mnt/Public"], in: site) else { return }
        #expect(run.status == 1)
        #expect(run.stderr.contains("the file system is read-only"), "\(run.stderr)")
    }
}
