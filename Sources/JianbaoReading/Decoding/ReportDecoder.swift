import Foundation

/// Turns report bytes into text, detecting the encoding without being told.
public enum ReportDecoder {
    /// Decoded text with its encoding, line ends normalised to `\n`.
    public struct Decoded: Sendable, Hashable {
        public var text: String
        public var encoding: TextEncoding
        /// What decoding had to repair: stray NUL bytes, invalid byte sequences.
        public var diagnostics: [Diagnostic] = []
    }

    // GB18030 as Foundation numbers it (kCFStringEncodingGB_18030_2000 | 0x8000_0000).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes `bytes`, or explains why they are not a text report.
    public static func decode(_ bytes: [UInt8], file: String) -> Result<Decoded, ReadingError> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(bytes.dropFirst(3), as: .utf8BOM, file: file)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let encoding: String.Encoding = little ? .utf16LittleEndian : .utf16BigEndian
            guard bytes.count % 2 == 0, let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                return .failure(ReadingError(file: file, line: 1, reason: "the UTF-16 text is cut off or invalid; save the file again as UTF-8"))
            }
            return checked(text, encoding: little ? .utf16LE : .utf16BE, file: file)
        }
        var bytes = bytes
        var repairs: [Diagnostic] = []
        let nulCount = bytes.lazy.filter { $0 == 0 }.count
        if nulCount > 0 {
            // A few stray NUL bytes are damage in a text file; many mean it is not text at all.
            let line = line(ofOffset: bytes.firstIndex(of: 0)!, in: bytes)
            guard nulCount * 100 <= bytes.count else {
                return .failure(ReadingError(file: file, line: line, reason: "the file holds NUL bytes and is not a text report; skipped"))
            }
            bytes.removeAll { $0 == 0 }
            repairs.append(Diagnostic(file: file, line: line, message: "removed \(nulCount) NUL byte(s) from the text"))
        }
        // Text has tabs, line breaks and the odd form feed; pictures, archives and executables are full of
        // other control bytes.
        let controls = bytes.lazy.filter { $0 < 0x09 || (0x0E...0x1A).contains($0) || (0x1C...0x1F).contains($0) }.count
        if controls >= 4 && controls * 50 > bytes.count {
            let first = bytes.firstIndex { $0 < 0x09 || (0x0E...0x1A).contains($0) || (0x1C...0x1F).contains($0) } ?? 0
            return .failure(ReadingError(file: file, line: line(ofOffset: first, in: bytes),
                                         reason: "the file looks binary (control bytes), not a text report; skipped"))
        }
        if var result = try? utf8(bytes[...], as: .utf8, file: file).get() {
            result.diagnostics = repairs + result.diagnostics
            return .success(result)
        }
        switch LineByLineDecoder.decode(bytes, file: file) {
        case .gb18030:
            if let text = String(data: Data(bytes), encoding: gb18030), !text.contains("\u{FFFD}") {
                guard case .success(var result) = checked(text, encoding: .gb18030, file: file) else {
                    return checked(text, encoding: .gb18030, file: file)
                }
                result.diagnostics = repairs
                return .success(result)
            }
        case .mixed(let text, let encoding, let found):
            guard case .success(var result) = checked(text, encoding: encoding, file: file) else {
                return checked(text, encoding: encoding, file: file)
            }
            result.diagnostics = repairs + found
            return .success(result)
        case .undecodable(let line):
            return .failure(ReadingError(file: file, line: line, reason: "the bytes are neither UTF-8, UTF-16 nor GB18030; skipped"))
        }
        return .failure(ReadingError(file: file, line: 1, reason: "the bytes are neither UTF-8, UTF-16 nor GB18030; skipped"))
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding, file: String) -> Result<Decoded, ReadingError> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(ReadingError(file: file, line: 1, reason: "invalid UTF-8 after the byte-order mark; skipped"))
        }
        return checked(text, encoding: encoding, file: file)
    }

    private static func checked(_ text: String, encoding: TextEncoding, file: String) -> Result<Decoded, ReadingError> {
        let controls = text.utf8.lazy.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C }.count
        if controls > max(8, text.unicodeScalars.count / 100) {
            return .failure(ReadingError(file: file, line: 1, reason: "the file looks binary (control characters), not a text report; skipped"))
        }
        let normalised = !text.utf8.contains(0x0D) ? text
            : text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return .success(Decoded(text: normalised, encoding: encoding))
    }

    private static func line(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
