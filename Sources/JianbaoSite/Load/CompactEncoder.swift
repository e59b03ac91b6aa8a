import Foundation

/// Writes `Encodable` values in the reading store's compact binary form, which `CompactDecoder` reads back.
///
/// Fields go in the order the value encodes them, without keys: only a decoder that asks for them in
/// the same order (as synthesized `Codable` does) can read them. Integers are variable-length, strings
/// are a length and UTF-8, optionals a presence byte, and arrays a count. JSON took 2.5 s to decode the
/// readings of 10,000 reports; this is what a rebuild loads before it can tell what changed.
enum CompactEncoder {
    /// The bytes of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = CompactWriter()
        try writer.value(value)
        return writer.bytes
    }
}

/// The encoder behind `CompactEncoder`: one byte buffer that every container appends to.
final class CompactWriter: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed(writer: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        // The count is not known until the last element, so it is kept in a fixed slot counted up in place.
        let slot = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0])
        return Unkeyed(writer: self, slot: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(writer: self) }

    func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func value<T: Encodable>(_ value: T) throws {
        // Foundation's Decimal encodes keyed fields of its own; its exact text is shorter and round-trips.
        if T.self == Decimal.self {
            string((value as! Decimal).description)
        } else {
            try value.encode(to: self)
        }
    }

    func present<T: Encodable>(_ value: T?) throws {
        bytes.append(value == nil ? 0 : 1)
        if let value { try self.value(value) }
    }

    static func unsupported(_ what: String) -> EncodingError {
        EncodingError.invalidValue(what, EncodingError.Context(codingPath: [], debugDescription: "the reading store cannot hold \(what)"))
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let writer: CompactWriter
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { writer.bytes.append(0) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { writer.bytes.append(value ? 1 : 0) }
        mutating func encode(_ value: String, forKey key: Key) throws { writer.string(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { writer.unsigned(value.bitPattern) }
        mutating func encode(_ value: Float, forKey key: Key) throws { writer.unsigned(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { writer.signed(Int64(value)) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { writer.signed(Int64(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { writer.signed(Int64(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { writer.signed(Int64(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { writer.signed(value) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { writer.unsigned(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try writer.value(value) }

        // Synthesized code skips nil optionals; without keys the decoder needs to be told they are absent.
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try writer.present(value) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try writer.present(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            writer.container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { writer.unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { writer }
        mutating func superEncoder(forKey key: Key) -> any Encoder { writer }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let writer: CompactWriter
        let slot: Int
        var codingPath: [any CodingKey] { [] }
        private(set) var count = 0

        init(writer: CompactWriter, slot: Int) {
            self.writer = writer
            self.slot = slot
        }

        private mutating func counted() {
            count += 1
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: count).littleEndian) { writer.bytes.replaceSubrange(slot..<slot + 4, with: $0) }
        }

        mutating func encodeNil() throws { throw CompactWriter.unsupported("nil in a list") }
        mutating func encode(_ value: Bool) throws { counted(); writer.bytes.append(value ? 1 : 0) }
        mutating func encode(_ value: String) throws { counted(); writer.string(value) }
        mutating func encode(_ value: Double) throws { counted(); writer.unsigned(value.bitPattern) }
        mutating func encode(_ value: Float) throws { counted(); writer.unsigned(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int) throws { counted(); writer.signed(Int64(value)) }
        mutating func encode(_ value: Int8) throws { counted(); writer.signed(Int64(value)) }
        mutating func encode(_ value: Int16) throws { counted(); writer.signed(Int64(value)) }
        mutating func encode(_ value: Int32) throws { counted(); writer.signed(Int64(value)) }
        mutating func encode(_ value: Int64) throws { counted(); writer.signed(value) }
        mutating func encode(_ value: UInt) throws { counted(); writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt8) throws { counted(); writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt16) throws { counted(); writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt32) throws { counted(); writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt64) throws { counted(); writer.unsigned(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { counted(); try writer.value(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            counted()
            return writer.container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            counted()
            return writer.unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { writer }
    }

    struct Single: SingleValueEncodingContainer {
        let writer: CompactWriter
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { throw CompactWriter.unsupported("a lone nil") }
        mutating func encode(_ value: Bool) throws { writer.bytes.append(value ? 1 : 0) }
        mutating func encode(_ value: String) throws { writer.string(value) }
        mutating func encode(_ value: Double) throws { writer.unsigned(value.bitPattern) }
        mutating func encode(_ value: Float) throws { writer.unsigned(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int) throws { writer.signed(Int64(value)) }
        mutating func encode(_ value: Int8) throws { writer.signed(Int64(value)) }
        mutating func encode(_ value: Int16) throws { writer.signed(Int64(value)) }
        mutating func encode(_ value: Int32) throws { writer.signed(Int64(value)) }
        mutating func encode(_ value: Int64) throws { writer.signed(value) }
        mutating func encode(_ value: UInt) throws { writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt8) throws { writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt16) throws { writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt32) throws { writer.unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt64) throws { writer.unsigned(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try writer.value(value) }
    }
}
