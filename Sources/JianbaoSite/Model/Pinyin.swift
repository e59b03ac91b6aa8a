import Foundation
import Synchronization

/// Chinese text in ASCII pinyin for slugs (`张店区2020年` → `zhang dian qu2020nian`): ICU transliterates
/// each distinct character once per process, and every text is read through that table.
///
/// Place names are the exception: ICU reads some in context (`重庆` is chong qing, `重` alone zhong),
/// and a site has few of them, so each is transliterated whole, once.
enum Pinyin {
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
    /// as ICU writes a whole text. `byScalar: false` reads every text character by character, as
    /// texts that are not plain are read.
    static func latin(_ texts: [String], byScalar: Bool = true) -> [String] {
        let plain = texts.map { byScalar && isPlain($0) }
        var wanted = Set<Character>()
        var wantedScalars = Set<UInt32>()
        for (text, plain) in zip(texts, plain) {
            if plain {
                for scalar in text.unicodeScalars where !scalar.isASCII { wantedScalars.insert(scalar.value) }
            } else {
                for character in text where !character.isASCII { wanted.insert(character) }
            }
        }
        wanted.formUnion(wantedScalars.compactMap(Unicode.Scalar.init).map(Character.init))
        let missing = table.withLock { known in wanted.filter { known.characters[$0] == nil } }
        let made = missing.isEmpty ? [:] : transliterate(Array(missing))
        let known = table.withLock { known in
            known.add(made, scalars: wantedScalars)
            return known
        }
        return zip(texts, plain).map { text, plain in plain ? known.spellPlain(text) : spell(text, with: known.characters) }
    }

    /// The spellings known so far, by character and, for characters of one scalar, by scalar.
    private struct Table {
        var characters: [Character: String] = [:]
        var scalars: [UInt32: (latin: String, spacing: Spacing)] = [:]

        // A scalar takes the spelling of its character, which may have come from a canonically equal
        // one (é and e with an accent are one `Character` key).
        mutating func add(_ made: [Character: String], scalars wanted: Set<UInt32>) {
            for (character, latin) in made where characters[character] == nil { characters[character] = latin }
            for value in wanted where scalars[value] == nil {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = Character(scalar)
                if let latin = characters[character] { scalars[value] = (latin, Spacing(character)) }
            }
        }

        // Scalar by scalar: a plain text's scalars are its characters (see `isPlain`).
        func spellPlain(_ text: String) -> String {
            var latin = ""
            latin.reserveCapacity(text.utf8.count)
            var previous = Spacing.other
            for scalar in text.unicodeScalars {
                let (piece, spacing): (String?, Spacing)
                if scalar.isASCII {
                    let value = scalar.value
                    piece = nil
                    spacing = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) ? .letter : .other
                } else if let entry = scalars[scalar.value] {
                    (piece, spacing) = entry
                } else {
                    (piece, spacing) = (String(scalar), Spacing(Character(scalar)))
                }
                if (previous == .syllable && spacing != .other) || (spacing == .syllable && previous == .letter) {
                    latin.append(" ")
                }
                if let piece { latin += piece } else { latin.unicodeScalars.append(scalar) }
                previous = spacing
            }
            return latin
        }
    }

    private static let table = Mutex(Table())

    // Whether every scalar of the text is a character by itself: printable ASCII, Latin-1, Han, CJK and
    // general punctuation, full-width forms. None of those joins the scalar after it into one
    // character, so the text can be read scalar by scalar without finding character boundaries,
    // which was most of the cost of spelling a title.
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
                 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
            default: false
            }
        }
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
