/// A double-quoted string valid in both JSON and YAML: quotes, backslashes and every character
/// either format may not hold literally (controls, DEL, C1, line and paragraph separators, BOM) escaped.
enum QuotedString {
    static func make(_ value: String) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` quoted to `bytes`. It works on the UTF-8 bytes, since the downloads quote
    /// hundreds of thousands of fields: everything it escapes is ASCII or starts with C2, E2 or EF.
    static func append(_ value: String, to bytes: inout [UInt8]) {
        var value = value
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            var index = 0
            var copied = 0
            while index < utf8.count {
                let byte = utf8[index]
                // Most bytes are copied as they are, in runs.
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF else {
                    index += 1
                    continue
                }
                let next = index + 1 < utf8.count ? utf8[index + 1] : 0
                let third = index + 2 < utf8.count ? utf8[index + 2] : 0
                let replacement: [UInt8]
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): replacement = [0x5C, 0x22]
                case UInt8(ascii: "\\"): replacement = [0x5C, 0x5C]
                case 0x0A: replacement = [0x5C, UInt8(ascii: "n")]
                case 0x0D: replacement = [0x5C, UInt8(ascii: "r")]
                case 0x09: replacement = [0x5C, UInt8(ascii: "t")]
                case 0..<0x20, 0x7F: replacement = Self.escape(UInt32(byte))
                case 0xC2 where (0x80...0x9F).contains(next):  // C1 controls
                    replacement = Self.escape(UInt32(next))
                    length = 2
                case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9):  // line and paragraph separators
                    replacement = Self.escape(0x2000 + UInt32(third - 0x80))
                    length = 3
                case 0xEF where next == 0xBB && third == 0xBF:  // byte-order mark
                    replacement = Self.escape(0xFEFF)
                    length = 3
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                bytes += replacement
                index += length
                copied = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    // `\u` and four lowercase hex digits.
    private static func escape(_ scalar: UInt32) -> [UInt8] {
        [0x5C, UInt8(ascii: "u")] + stride(from: 12, through: 0, by: -4).map { digits[Int((scalar >> UInt32($0)) & 0xF)] }
    }
}
