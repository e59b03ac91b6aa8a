import Foundation
import JianbaoReading

/// Reports already read, by file name and content: a preview server re-reads only the files that changed.
public final class ReadingCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (report: Report?, diagnostics: [ReadingDiagnostic])] = [:]

    public init() {}

    /// The cached reading of `file` under `config`, or the result of `read`, remembered.
    func reading(_ file: ReportFile, config: SiteConfig, read: () -> (Report?, [ReadingDiagnostic])) -> (Report?, [ReadingDiagnostic]) {
        // The reading depends on the bytes and on what site.json tells the reader.
        let key = "\(file.name)\u{0}\(ContentHash.of(file.bytes))\u{0}\(config.defaultYear)\u{0}\(config.places)"
        lock.lock()
        if let hit = entries[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let result = read()
        lock.lock()
        entries = entries.filter { !$0.key.hasPrefix(file.name + "\u{0}") }
        entries[key] = result
        lock.unlock()
        return result
    }
}
