/// Where each key and value of a JSON text is, by its path (`places.3.longitude`), found in one pass
/// so that a message about any of thousands of keys costs no second scan of the file.
struct JSONPositions {
    /// A line and column, both from 1; columns count characters, not bytes.
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    private(set) var keys: [String: Position] = [:]
    private(set) var values: [String: Position] = [:]

    /// Scans `bytes`, which must already be known to be valid JSON.
    init(_ bytes: [UInt8]) {
        var scanner = Scanner(bytes: bytes)
        scanner.value(at: [])
        keys = scanner.keys
        values = scanner.values
    }

    /// The path of a coding path, as `keys` and `values` name it.
    static func path(_ components: [String]) -> String { components.joined(separator: ".") }

    /// Where the key of `path` is (line 1, column 1 when the scan did not see it).
    func key(_ path: [String]) -> Position {
        keys[Self.path(path)] ?? Position(line: 1, column: 1)
    }

    /// Where the value at `path` starts, or where its key is when the value is missing.
    func value(_ path: [String]) -> Position {
        values[Self.path(path)] ?? keys[Self.path(path)] ?? Position(line: 1, column: 1)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0
        var keys: [String: Position] = [:]
        var values: [String: Position] = [:]

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3; counted = (3, 1) }
        }

        // The column where `position` was last asked on this line: positions are asked in order, so
        // counting on from there keeps a file on one line linear.
        var counted = (index: 0, column: 1)

        var position: Position {
            mutating get {
                if counted.index < lineStart { counted = (lineStart, 1) }
                // Continuation bytes of UTF-8 are not characters of their own.
                let column = bytes[counted.index..<index].reduce(counted.column) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
                counted = (index, column)
                return Position(line: line, column: column)
            }
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
                index += 1
            }
        }

        mutating func value(at path: [String]) {
            skipSpace()
            guard index < bytes.count else { return }
            values[JSONPositions.path(path)] = position
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                skipSpace()
                while index < bytes.count, bytes[index] != UInt8(ascii: "}") {
                    let at = position
                    let key = string()
                    keys[JSONPositions.path(path + [key])] = at
                    skipSpace()
                    index += 1  // the colon
                    value(at: path + [key])
                    skipSpace()
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1; skipSpace() }
                }
                index += 1
            case UInt8(ascii: "["):
                index += 1
                skipSpace()
                var count = 0
                while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
                    value(at: path + [String(count)])
                    count += 1
                    skipSpace()
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1; skipSpace() }
                }
                index += 1
            case UInt8(ascii: "\""):
                _ = string()
            default:
                while index < bytes.count, !",]} \t\r\n".utf8.contains(bytes[index]) { index += 1 }
            }
        }

        // A string's text with its escapes decoded, the index left after its closing quote.
        mutating func string() -> String {
            index += 1
            var text: [UInt8] = []
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    index += 1
                    switch bytes[index] {
                    case UInt8(ascii: "n"): text.append(0x0A)
                    case UInt8(ascii: "t"): text.append(0x09)
                    case UInt8(ascii: "r"): text.append(0x0D)
                    case UInt8(ascii: "b"): text.append(0x08)
                    case UInt8(ascii: "f"): text.append(0x0C)
                    case UInt8(ascii: "u"):
                        var unit = hex(at: index + 1)
                        index += 4
                        // A surrogate pair is two escapes.
                        if (0xD800..<0xDC00).contains(unit), index + 6 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"),
                           bytes[index + 2] == UInt8(ascii: "u") {
                            let low = hex(at: index + 3)
                            if (0xDC00..<0xE000).contains(low) {
                                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                                index += 6
                            }
                        }
                        text += Array(String(Unicode.Scalar(unit).map(Character.init) ?? "\u{FFFD}").utf8)
                    default: text.append(bytes[index])
                    }
                } else {
                    text.append(bytes[index])
                }
                index += 1
            }
            index += 1
            return String(decoding: text, as: UTF8.self)
        }

        func hex(at start: Int) -> UInt32 {
            guard start + 4 <= bytes.count else { return 0xFFFD }
            return UInt32(String(decoding: bytes[start..<start + 4], as: UTF8.self), radix: 16) ?? 0xFFFD
        }
    }
}
