import Foundation

/// Reads values back from `CompactEncoder`'s bytes; damaged or truncated bytes throw, never trap.
enum CompactDecoder {
    /// The `T` in `bytes`, which must hold exactly one.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let reader = CompactReader(bytes)
        let value = try reader.value(type)
        guard reader.offset == bytes.count else { throw reader.damaged("bytes left over") }
        return value
    }
}

/// The decoder behind `CompactDecoder`: a cursor over the bytes that every container reads from.
final class CompactReader: Decoder {
    let bytes: [UInt8]
    var offset = 0
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed(reader: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard offset + 4 <= bytes.count else { throw damaged("a list is cut short") }
        let count = (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        offset += 4
        return Unkeyed(reader: self, count: count)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(reader: self) }

    func damaged(_ why: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "stored reading damaged: \(why)"))
    }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw damaged("cut short") }
        defer { offset += 1 }
        return bytes[offset]
    }

    func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw damaged("a number is too long") }
            value |= UInt64(next & 0x7f) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    func signed() throws -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let wide = T.isSigned ? try signed() : Int64(bitPattern: try unsigned())
        guard let value = T.isSigned ? T(exactly: wide) : T(exactly: UInt64(bitPattern: wide)) else { throw damaged("a number out of range") }
        return value
    }

    func string() throws -> String {
        let count = try unsigned()
        guard count <= UInt64(bytes.count - offset) else { throw damaged("a text is cut short") }
        defer { offset += Int(count) }
        return String(decoding: bytes[offset..<offset + Int(count)], as: UTF8.self)
    }

    func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw damaged("a flag is neither 0 nor 1")
        }
    }

    func double() throws -> Double { Double(bitPattern: try unsigned()) }

    func value<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == Decimal.self {
            guard let decimal = Decimal(string: try string(), locale: Self.posix) else { throw damaged("an amount") }
            return decimal as! T
        }
        return try T(from: self)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    func present<T>(_ read: () throws -> T) throws -> T? {
        try bool() ? try read() : nil
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let reader: CompactReader
        var codingPath: [any CodingKey] { [] }
        // Without keys in the bytes nothing can be listed; enums with payloads code themselves as lists.
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { try !reader.bool() }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.bool() }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.string() }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader.double() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(bitPattern: try reader.integer(UInt32.self)) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.integer(type) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.integer(type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.integer(type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.integer(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.integer(type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.integer(type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.integer(type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.integer(type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.integer(type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.integer(type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try reader.value(type) }

        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try reader.present(reader.bool) }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try reader.present(reader.string) }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try reader.present(reader.double) }
        func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try reader.present { try decode(type, forKey: key) } }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try reader.present { try reader.integer(type) } }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try reader.present { try reader.value(type) } }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try reader.container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try reader.unkeyedContainer() }
        func superDecoder() throws -> any Decoder { reader }
        func superDecoder(forKey key: Key) throws -> any Decoder { reader }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let reader: CompactReader
        let total: Int
        var codingPath: [any CodingKey] { [] }
        var count: Int? { total }
        var currentIndex = 0
        var isAtEnd: Bool { currentIndex >= total }

        init(reader: CompactReader, count: Int) {
            self.reader = reader
            total = count
        }

        private mutating func next<T>(_ read: (CompactReader) throws -> T) throws -> T {
            guard !isAtEnd else { throw reader.damaged("a list is shorter than its count") }
            currentIndex += 1
            return try read(reader)
        }

        mutating func decodeNil() throws -> Bool { false }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.bool() } }
        mutating func decode(_ type: String.Type) throws -> String { try next { try $0.string() } }
        mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.double() } }
        mutating func decode(_ type: Float.Type) throws -> Float { try next { Float(bitPattern: try $0.integer(UInt32.self)) } }
        mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.integer(type) } }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.integer(type) } }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.integer(type) } }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.integer(type) } }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.integer(type) } }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.integer(type) } }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.integer(type) } }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.integer(type) } }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.integer(type) } }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.integer(type) } }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try $0.value(type) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next { try $0.container(keyedBy: type) }
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next { try $0.unkeyedContainer() } }
        mutating func superDecoder() throws -> any Decoder { reader }
    }

    struct Single: SingleValueDecodingContainer {
        let reader: CompactReader
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { false }
        func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
        func decode(_ type: String.Type) throws -> String { try reader.string() }
        func decode(_ type: Double.Type) throws -> Double { try reader.double() }
        func decode(_ type: Float.Type) throws -> Float { Float(bitPattern: try reader.integer(UInt32.self)) }
        func decode(_ type: Int.Type) throws -> Int { try reader.integer(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.value(type) }
    }
}
