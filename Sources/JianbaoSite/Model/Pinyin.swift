import Foundation

/// Chinese text in ASCII pinyin through ICU, remembered: the transform costs about 8 µs a character,
/// and a preview server slugs the same titles on every rebuild.
enum Pinyin {
    /// A text's pinyin, and whether this process asked for it (what `PinyinStore` keeps).
    private struct Known {
        var latin: String
        var asked: Bool
    }

    private static let lock = NSLock()
    // Hashing a Chinese string normalizes it first, so each text is looked up once per call.
    nonisolated(unsafe) private static var known: [String: Known] = [:]
    nonisolated(unsafe) private static var transformed = 0

    /// Each text in pinyin (`张店区` → `zhang dian qu`), transforming the new ones in one call.
    static func latin(_ texts: [String]) -> [String] {
        var results: [String?] = []
        results.reserveCapacity(texts.count)
        var missing: [String] = []
        lock.withLock {
            for text in texts {
                if let index = known.index(forKey: text) {
                    known.values[index].asked = true
                    results.append(known.values[index].latin)
                } else {
                    results.append(nil)
                    missing.append(text)
                }
            }
        }
        guard !missing.isEmpty else { return results.map { $0! } }
        missing = Array(Set(missing)).sorted()
        // ICU's time grows faster than the text in one call, and it is most of the model stage:
        // batches of a few hundred lines, on all cores.
        let batches = stride(from: 0, to: missing.count, by: batchSize).map { Array(missing[$0..<min($0 + batchSize, missing.count)]) }
        let made = Dictionary(uniqueKeysWithValues: zip(missing, batches.parallelMap(transform).flatMap { $0 }))
        lock.withLock {
            transformed += missing.count
            for (text, latin) in made { known[text] = Known(latin: latin, asked: true) }
        }
        return zip(texts, results).map { text, result in result ?? made[text] ?? text }
    }

    private static let batchSize = 200

    /// Adds pinyin made by an earlier process.
    static func remember(_ pairs: [String: String]) {
        lock.withLock {
            for (text, latin) in pairs where known[text] == nil { known[text] = Known(latin: latin, asked: false) }
        }
    }

    /// The pinyin of every text this process asked for, and whether any of it had to be made here.
    static func asked() -> (pairs: [String: String], new: Bool) {
        lock.withLock {
            (known.filter(\.value.asked).mapValues(\.latin), transformed > 0)
        }
    }

    // One transform over the texts joined by line feeds; each text's own line feeds become spaces.
    private static func transform(_ texts: [String]) -> [String] {
        let joined = texts.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
        let latin = joined.applyingTransform(StringTransform("Han-Latin; Latin-ASCII"), reverse: false) ?? joined
        let pieces = latin.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count == texts.count else {
            return texts.map { $0.applyingTransform(StringTransform("Han-Latin; Latin-ASCII"), reverse: false) ?? $0 }
        }
        return pieces
    }
}
