/// Folds full-width ASCII forms (２０２０, ABC, !) to ASCII for matching; shown text keeps what was written.
enum FullWidth {
    /// The same characters one for one, with U+FF01…U+FF5E as ASCII and U+3000 as a space.
    static func folded(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
                result.append(character)
                continue
            }
            switch scalar.value {
            case 0xFF01...0xFF5E: result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: result.append(" ")
            default: result.append(character)
            }
        }
        return result
    }
}
