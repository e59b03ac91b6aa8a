import Foundation
import JianbaoReading

/// Readings kept on disk between builds, beside the output folder (`.Public.cache/readings` for
/// `Public`), so a new process re-reads only the reports that changed.
///
/// An entry is named by the reading's key and by the jianbao binary that made it, so a changed reader
/// never trusts an older one's readings. A missing or damaged entry only means the report is read again.
public struct ReadingStore: Sendable {
    let folder: URL

    /// The store for the site written to `output`.
    public init(beside output: String) {
        let target = URL(fileURLWithPath: output).standardizedFileURL
        folder = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).cache/readings", isDirectory: true)
    }

    /// The stored readings among `keys`; keys with no usable entry are left out.
    public func load(_ keys: [UInt64]) -> [UInt64: ReportReading] {
        let found = keys.parallelMap { key -> (UInt64, ReportReading)? in
            guard let data = FileManager.default.contents(atPath: path(of: key)),
                  let reading = try? CompactDecoder.decode(ReportReading.self, from: Array(data)) else { return nil }
            return (key, reading)
        }
        return Dictionary(found.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// Stores the readings made in this build and removes the entries no report uses any more; returns
    /// a warning when some could not be stored.
    @discardableResult
    public func save(_ fresh: [UInt64: ReportReading], keeping used: Set<UInt64>) -> Diagnostic? {
        let manager = FileManager.default
        if let code = OwnFolder.make(folder, under: folder.deletingLastPathComponent().deletingLastPathComponent()) {
            return Diagnostic(file: folder.path, line: 0, message: "the readings of the reports could not be saved (\(SystemMessage.of(code))); the next build will be slower, not wrong")
        }
        let failures = Array(fresh).parallelMap { key, reading -> Diagnostic? in
            guard let bytes = try? CompactEncoder.encode(reading) else { return nil }
            return StoreFile.tryWrite(bytes, to: path(of: key), what: "the reading of a report")
        }
        let kept = Set(used.map(name(of:)))
        for entry in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where !kept.contains(entry) {
            try? manager.removeItem(at: folder.appendingPathComponent(entry))
        }
        let failed = failures.compactMap { $0 }
        guard var first = failed.first else { return nil }
        if failed.count > 1 { first.message += " (and \(failed.count - 1) more readings)" }
        return first
    }

    private func name(of key: UInt64) -> String {
        let mixed = ContentHash.of(withUnsafeBytes(of: (key.littleEndian, JianbaoBinary.identity.littleEndian), Array.init))
        return String(mixed, radix: 16) + ".reading"
    }

    private func path(of key: UInt64) -> String { folder.appendingPathComponent(name(of: key)).path }
}
