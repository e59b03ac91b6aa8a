/// Text from the file system made safe to print on one line: control characters are escaped.
public enum Printable {
    /// `name` with line breaks, tabs and other control characters written as `\n`, `\t` or `\u{1b}`.
    public static func name(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: isControl) else { return name }
        var text = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where isControl(scalar): text += "\\u{\(String(scalar.value, radix: 16))}"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    /// A file name's bytes as text: UTF-8 when they are valid, else with each invalid byte as `\xNN`.
    public static func name(bytes: [UInt8]) -> (text: String, isValid: Bool) {
        if let text = String(validating: bytes, as: UTF8.self) { return (name(text), true) }
        var text = ""
        var run: [UInt8] = []
        func flush() { text += String(decoding: run, as: UTF8.self); run = [] }
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                run += bytes[index..<index + length]
                index += length
            } else {
                flush()
                text += "\\x" + (bytes[index] < 16 ? "0" : "") + String(bytes[index], radix: 16)
                index += 1
            }
        }
        flush()
        return (name(text), false)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    // The length of the valid UTF-8 sequence at `index`, or 0 when the byte there starts none.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        for length in 1...4 where index + length <= bytes.count {
            if String(validating: bytes[index..<index + length], as: UTF8.self) != nil { return length }
        }
        return 0
    }
}
