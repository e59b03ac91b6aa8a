import Foundation

/// Chinese text in ASCII pinyin through ICU, remembered: the transform costs about 8 µs a character,
/// and a preview server slugs the same titles on every rebuild.
enum Pinyin {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [String: String] = [:]
    // What this process asked for and what it had to transform, for `PinyinStore`.
    nonisolated(unsafe) private static var askedTexts: Set<String> = []
    nonisolated(unsafe) private static var transformed = 0

    /// Each text in pinyin (`张店区` → `zhang dian qu`), transforming the new ones in one call.
    static func latin(_ texts: [String]) -> [String] {
        lock.lock()
        askedTexts.formUnion(texts)
        let missing = Array(Set(texts.filter { known[$0] == nil })).sorted()
        transformed += missing.count
        lock.unlock()
        if !missing.isEmpty {
            // ICU's time grows faster than the text in one call, and it is most of the model stage:
            // batches of a few hundred lines, on all cores.
            let batches = stride(from: 0, to: missing.count, by: batchSize).map { Array(missing[$0..<min($0 + batchSize, missing.count)]) }
            let pieces = batches.parallelMap(transform).flatMap { $0 }
            lock.lock()
            for (text, piece) in zip(missing, pieces) { known[text] = piece }
            lock.unlock()
        }
        lock.lock()
        defer { lock.unlock() }
        return texts.map { known[$0] ?? $0 }
    }

    private static let batchSize = 200

    /// Adds pinyin made by an earlier process.
    static func remember(_ pairs: [String: String]) {
        lock.lock()
        known.merge(pairs) { current, _ in current }
        lock.unlock()
    }

    /// The pinyin of every text this process asked for, and whether any of it had to be made here.
    static func asked() -> (pairs: [String: String], new: Bool) {
        lock.lock()
        defer { lock.unlock() }
        return (Dictionary(uniqueKeysWithValues: askedTexts.compactMap { text in known[text].map { (text, $0) } }), transformed > 0)
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
