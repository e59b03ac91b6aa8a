import Foundation
import JianbaoReading

/// Reports already read, by a key of each file's name, bytes and reader options: a rebuild re-reads
/// only the files that changed.
///
/// A build asks it for every report; whatever was not asked for by the end of the build (a deleted
/// or edited report's old reading) is forgotten then.
public final class ReadingCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [UInt64: ReportReading] = [:]
    private var used: Set<UInt64> = []
    private var fresh: Set<UInt64> = []

    public init() {}

    /// The key of `file`'s reading under `config`: the reading depends on the name, the bytes and
    /// what site.json tells the reader.
    public static func key(of file: ReportFile, config: SiteConfig) -> UInt64 {
        key(name: file.name, bytesHash: ContentHash.of(file.bytes), config: config)
    }

    /// The same, from the file's name and the `ContentHash` of its bytes.
    static func key(name: String, bytesHash: UInt64, config: SiteConfig) -> UInt64 {
        let options = "\(name)\u{0}\(config.defaultYear)\u{0}\(config.places)\u{0}"
        return ContentHash.of(Array(options.utf8) + withUnsafeBytes(of: bytesHash.littleEndian, Array.init))
    }

    /// The cached reading with `key` (see `key(of:config:)`), or the result of `read`, remembered.
    func reading(key: UInt64, read: () -> ReportReading) -> ReportReading {
        lock.lock()
        used.insert(key)
        if let hit = entries[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let result = read()
        lock.lock()
        entries[key] = result
        fresh.insert(key)
        lock.unlock()
        return result
    }

    /// Which of `keys` the cache does not hold.
    public func missing(_ keys: [UInt64]) -> [UInt64] {
        lock.lock()
        defer { lock.unlock() }
        return keys.filter { entries[$0] == nil }
    }

    /// Adds readings made elsewhere, such as those stored by an earlier build.
    public func add(_ readings: [UInt64: ReportReading]) {
        lock.lock()
        entries.merge(readings) { _, new in new }
        lock.unlock()
    }

    /// Ends a build: forgets the readings it did not ask for, and hands back the ones it read anew
    /// and the keys of all it used.
    public func endBuild() -> (fresh: [UInt64: ReportReading], used: Set<UInt64>) {
        lock.lock()
        defer { lock.unlock() }
        entries = entries.filter { used.contains($0.key) }
        let made = Dictionary(uniqueKeysWithValues: fresh.compactMap { key in entries[key].map { (key, $0) } })
        let result = (made, used)
        used = []
        fresh = []
        return result
    }
}
