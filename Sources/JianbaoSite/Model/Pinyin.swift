import Foundation
import Synchronization

/// Chinese text in ASCII pinyin for slugs (`张店区2020年` → `zhang dian qu2020nian`): ICU transliterates
/// each distinct character once per process, and every text is read through that table.
///
/// Place names are the exception: ICU reads some in context (`重庆` is chong qing, `重` alone zhong),
/// and a site has few of them, so each is transliterated whole, once.
enum Pinyin {
    private static let table = Mutex<[Character: String]>([:])
    private static let names = Mutex<[String: String]>([:])
    private static let transform = StringTransform("Han-Latin; Latin-ASCII")

    /// Each place name in pinyin, read whole by ICU.
    static func latin(names texts: [String]) -> [String] {
        let missing = Set(names.withLock { known in texts.filter { known[$0] == nil } })
        if !missing.isEmpty {
            let made = Dictionary(uniqueKeysWithValues: missing.map { ($0, $0.applyingTransform(transform, reverse: false) ?? $0) })
            names.withLock { $0.merge(made) { first, _ in first } }
        }
        let known = names.withLock { $0 }
        return texts.map { known[$0] ?? $0 }
    }

    /// Each text in pinyin: Han syllables apart from each other and from letters, joined to digits,
    /// as ICU writes a whole text.
    static func latin(_ texts: [String]) -> [String] {
        var wanted = Set<Character>()
        for text in texts { for character in text where !character.isASCII { wanted.insert(character) } }
        let missing = table.withLock { known in wanted.filter { known[$0] == nil } }
        if !missing.isEmpty {
            let made = transliterate(Array(missing))
            table.withLock { $0.merge(made) { first, _ in first } }
        }
        let known = table.withLock { $0 }
        return texts.map { spell($0, with: known) }
    }

    private static func spell(_ text: String, with known: [Character: String]) -> String {
        var latin = ""
        latin.reserveCapacity(text.utf8.count)
        var previous = Spacing.other
        for character in text {
            let spacing = Spacing(character)
            // ICU puts a space between a syllable and a letter or another syllable, none next to a digit.
            if (previous == .syllable && spacing != .other) || (spacing == .syllable && previous == .letter) {
                latin.append(" ")
            }
            latin += character.isASCII ? String(character) : known[character] ?? String(character)
            previous = spacing
        }
        return latin
    }

    // How a character is spaced: Han of the basic plane as a syllable, other letters as letters.
    private enum Spacing: Equatable {
        case syllable, letter, other

        init(_ character: Character) {
            let scalars = character.unicodeScalars
            if scalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }) {
                self = .syllable
            } else if character.isLetter, !scalars.contains(where: { $0.properties.isIdeographic }) {
                self = .letter
            } else {
                self = .other
            }
        }
    }

    // One ICU call for all the characters, one per line.
    private static func transliterate(_ characters: [Character]) -> [Character: String] {
        let joined = characters.map(String.init).joined(separator: "\n")
        let latin = joined.applyingTransform(transform, reverse: false) ?? joined
        let pieces = latin.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count == characters.count else {
            return Dictionary(uniqueKeysWithValues: characters.map { ($0, String($0).applyingTransform(transform, reverse: false) ?? String($0)) })
        }
        return Dictionary(uniqueKeysWithValues: zip(characters, pieces))
    }
}
