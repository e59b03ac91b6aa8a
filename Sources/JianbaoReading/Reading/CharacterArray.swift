/// A text's characters as an array, without grapheme breaking when no scalar can join another.
enum CharacterArray {
    /// The same array as `Array(text)`: report text is mostly Han and punctuation, each scalar a
    /// character of its own, and splitting it by scalars skips the costly search for grapheme breaks.
    static func of(_ text: some StringProtocol) -> [Character] {
        let scalars = text.unicodeScalars
        guard scalars.allSatisfy({ standsAlone($0.value) }) else { return Array(text) }
        return scalars.map(Character.init)
    }

    /// Whether a scalar is always a whole character: none joins the one before or after it.
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0x0A, 0x09: true
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3000...0x303F, 0xFF01...0xFF60: true
        case 0x2010...0x2027, 0x2030...0x205E, 0x00A0...0x00FF, 0x2460...0x24FF, 0x25A0...0x25FF: true
        default: false
        }
    }
}
