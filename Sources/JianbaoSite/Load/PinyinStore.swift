import Foundation

/// Pinyin kept on disk between builds beside the output (`.Public.cache/pinyin`): ICU's transform
/// was half of the model stage of every build, although titles rarely change.
///
/// The file is named by the jianbao binary, whose toolchain brings its ICU; a missing or damaged
/// file only means the pinyin is made again.
struct PinyinStore: Sendable {
    let file: URL

    init(beside output: String) {
        let target = URL(fileURLWithPath: output).standardizedFileURL
        file = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).cache/pinyin-\(String(JianbaoBinary.identity, radix: 16))")
    }

    /// The stored pinyin by text; empty when there is none or it is damaged.
    func load() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: file.path),
              let flat = try? CompactDecoder.decode([String].self, from: Array(data)), flat.count % 2 == 0 else { return [:] }
        return Dictionary(stride(from: 0, to: flat.count, by: 2).map { (flat[$0], flat[$0 + 1]) }, uniquingKeysWith: { first, _ in first })
    }

    /// Keeps `pairs` (text → pinyin) in place of what was stored, and removes other binaries' files.
    @discardableResult
    func save(_ pairs: [String: String]) -> SiteDiagnostic? {
        let manager = FileManager.default
        let folder = file.deletingLastPathComponent()
        OwnFolder.make(folder, under: folder.deletingLastPathComponent())
        let flat = pairs.keys.sorted().flatMap { [$0, pairs[$0]!] }
        guard let bytes = try? CompactEncoder.encode(flat) else { return nil }
        if let failure = StoreFile.tryWrite(bytes, to: file.path, what: "the pinyin of titles and places") { return failure }
        for entry in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        where entry.hasPrefix("pinyin-") && entry != file.lastPathComponent && !entry.contains(StoreFile.partMark) {
            try? manager.removeItem(at: folder.appendingPathComponent(entry))
        }
        return nil
    }
}
