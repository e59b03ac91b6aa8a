/// Counts well-formed multi-byte UTF-8 sequences and finds the invalid ones, to tell damaged UTF-8 from GB18030.
struct UTF8Scan {
    var validMultibyte = 0
    /// Byte offsets where an invalid sequence starts.
    var invalidOffsets: [Int] = []

    init(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let width = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
            if width == 1 {
                offset += 1
                continue
            }
            let end = offset + width
            if width > 1, end <= bytes.count,
               String(validating: bytes[offset..<end], as: UTF8.self) != nil {
                validMultibyte += 1
                offset = end
            } else {
                invalidOffsets.append(offset)
                offset += 1
            }
        }
    }
}
