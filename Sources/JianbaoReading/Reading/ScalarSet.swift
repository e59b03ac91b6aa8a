/// A small set of characters that are each one scalar, such as punctuation marks, tested without hashing.
///
/// Hashing a `Character` normalises it first, which made set lookups a large share of reading time.
/// An ASCII punctuation mark brings its full-width twin (`,` and `，`, `;` and `；`): pages are printed
/// with either, and a rule written with one must hold for the other.
/// Members must be single scalars that no canonical composition produces (true of CJK punctuation
/// and ideographs); a character that may have another canonical spelling is checked the slow way.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private let values: [UInt32]
    /// Every member, full-width twins included.
    let characters: Set<Character>

    init(_ members: some Sequence<Character>) {
        var all = Set(members)
        for member in all {
            guard let scalar = member.unicodeScalars.first, member.unicodeScalars.count == 1, (0x21...0x7E).contains(scalar.value),
                  !member.isLetter, !member.isNumber, let twin = Unicode.Scalar(scalar.value + 0xFEE0) else { continue }
            all.insert(Character(twin))
        }
        characters = all
        values = characters.map(\.memberScalar)
    }

    init(arrayLiteral members: Character...) {
        self.init(members)
    }

    func contains(_ character: Character) -> Bool {
        guard let value = character.plainScalar else { return characters.contains(character) }
        return values.contains(value)
    }
}

extension Character {
    /// The scalar of a ``ScalarSet`` member or ``ScalarMap`` key, which must be exactly one.
    var memberScalar: UInt32 {
        precondition(unicodeScalars.count == 1, "scalar set members and map keys are single scalars")
        return unicodeScalars.first!.value
    }

    /// The character's scalar when it is one scalar with no other canonical spelling, else nil.
    ///
    /// Scalars outside the ranges below are their own NFC form; inside them are singletons such as
    /// U+F9D1 (a compatibility form of 六) or U+037E (a Greek question mark equal to `;`).
    @inline(__always)
    var plainScalar: UInt32? {
        var scalars = unicodeScalars.makeIterator()
        guard let value = scalars.next()?.value, scalars.next() == nil else { return nil }
        if (0x340...0x2ADC).contains(value) || (0xF900...0xFB4E).contains(value) || value >= 0x1D15E { return nil }
        return value
    }
}
