import Foundation

/// Chinese text in ASCII pinyin through ICU, remembered: building the transliterator costs tens of
/// milliseconds per call, and a preview server slugs the same titles on every rebuild.
enum Pinyin {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [String: String] = [:]

    /// Each text in pinyin (`张店区` → `zhang dian qu`), transforming the new ones in one call.
    static func latin(_ texts: [String]) -> [String] {
        lock.lock()
        let missing = Array(Set(texts.filter { known[$0] == nil })).sorted()
        lock.unlock()
        if !missing.isEmpty {
            let joined = missing.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
            let latin = joined.applyingTransform(StringTransform("Han-Latin; Latin-ASCII"), reverse: false) ?? joined
            var pieces = latin.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if pieces.count != missing.count {
                pieces = missing.map { $0.applyingTransform(StringTransform("Han-Latin; Latin-ASCII"), reverse: false) ?? $0 }
            }
            lock.lock()
            for (text, piece) in zip(missing, pieces) { known[text] = piece }
            lock.unlock()
        }
        lock.lock()
        defer { lock.unlock() }
        return texts.map { known[$0] ?? $0 }
    }
}
