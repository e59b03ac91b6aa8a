import Foundation
import Testing
@testable import JianbaoSite

@Suite struct OutputManifestTests {
    @Test func aWrittenManifestReadsBackAndDamagedLinesAreLeftOut() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        var manifest = OutputManifest()
        manifest.entries["articles/zhang-dian-qu.html"] = .init(hash: .max, stamp: .init(inode: 12, size: 0, modified: 5))
        manifest.entries["路径 with\ttab.html"] = .init(hash: 1, stamp: .init(inode: .max, size: 74_925_628, modified: 1_763_000_000_123_456_789))
        manifest.write(to: file)
        #expect(OutputManifest.read(file).entries == manifest.entries)

        let text = try String(contentsOf: file, encoding: .utf8)
        let damaged = text + "zz\t1\t2\t3\tbad-hash.html\n1\t-1\t2\t3\tnegative-size.html\n1\t2\t3\tbroken.html\n"
            + "1ffffffffffffffff\t1\t2\t3\toverflow.html\n"
        try Data(damaged.utf8).write(to: file)
        #expect(OutputManifest.read(file).entries == manifest.entries, "lines that do not parse are ignored, never trusted")
        #expect(OutputManifest.read(file.appendingPathExtension("missing")).entries.isEmpty)
    }
}
