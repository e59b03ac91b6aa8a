import Foundation

/// A fingerprint of a page's view, the same in every process: equal keys mean the same page.
///
/// The view's fields, their names and values are laid out as bytes in the order they are encoded
/// (lengths and container marks keep different shapes apart) and hashed with `ContentHash`.
enum ViewKey {
    static func of(_ view: some Encodable, salt: [UInt8]) -> UInt64 {
        let encoder = KeyEncoder()
        encoder.bytes = salt
        encoder.bytes.reserveCapacity(4096)
        // A view's fields are strings, numbers and nested views, so encoding cannot fail; if one ever
        // does, the key 0 matches nothing and the page is simply rendered.
        guard (try? view.encode(to: encoder)) != nil else { return 0 }
        return ContentHash.of(encoder.bytes)
    }
}

private final class KeyEncoder: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func mark(_ byte: UInt8) { bytes.append(byte) }

    func write(_ text: String) {
        write(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    func write(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        mark(0x7B)
        return KeyedEncodingContainer(Keyed<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        mark(0x5B)
        return Unkeyed(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: KeyEncoder
        var codingPath: [any CodingKey] { [] }

        func encodeNil(forKey key: Key) { encoder.write(key.stringValue); encoder.mark(0) }
        // Views are mostly strings and numbers: these skip the generic path's type checks.
        func encode(_ value: String, forKey key: Key) { encoder.write(key.stringValue); Single(encoder: encoder).encode(value) }
        func encode(_ value: Int, forKey key: Key) { encoder.write(key.stringValue); Single(encoder: encoder).encode(value) }
        func encode(_ value: Bool, forKey key: Key) { encoder.write(key.stringValue); Single(encoder: encoder).encode(value) }
        func encode(_ value: Double, forKey key: Key) { encoder.write(key.stringValue); Single(encoder: encoder).encode(value) }
        func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            encoder.write(key.stringValue)
            try Single(encoder: encoder).encode(value)
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            encoder.write(key.stringValue)
            return encoder.container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoder.write(key.stringValue)
            return encoder.unkeyedContainer()
        }
        func superEncoder() -> any Encoder { encoder }
        func superEncoder(forKey key: Key) -> any Encoder { encoder.write(key.stringValue); return encoder }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: KeyEncoder
        var codingPath: [any CodingKey] { [] }
        var count = 0

        mutating func encodeNil() { count += 1; encoder.mark(1); encoder.mark(0) }
        mutating func encode(_ value: String) { count += 1; encoder.mark(1); Single(encoder: encoder).encode(value) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            encoder.mark(1)
            try Single(encoder: encoder).encode(value)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            count += 1
            encoder.mark(1)
            return encoder.container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            count += 1
            encoder.mark(1)
            return encoder.unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { count += 1; encoder.mark(1); return encoder }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: KeyEncoder
        var codingPath: [any CodingKey] { [] }

        func encodeNil() { encoder.mark(0) }
        func encode(_ value: Bool) { encoder.mark(value ? 3 : 2) }
        func encode(_ value: String) { encoder.mark(4); encoder.write(value) }
        func encode(_ value: Double) { encoder.mark(5); encoder.write(value.bitPattern) }
        func encode(_ value: Int) { encoder.mark(6); encoder.write(UInt64(bitPattern: Int64(value))) }
        func encode<T: Encodable>(_ value: T) throws {
            // Types are told apart by their metatype, and whether another type is a number is asked
            // once per type: casting every nested view to a protocol was a third of the key's cost.
            if T.self == String.self { encode(value as! String) }
            else if T.self == Int.self { encode(value as! Int) }
            else if T.self == Double.self { encode(value as! Double) }
            else if T.self == Bool.self { encode(value as! Bool) }
            // Other numbers keep their decimal spelling: it tells every width and sign apart.
            else if NumberTypes.isNumber(T.self), let number = value as? any (Numeric & LosslessStringConvertible) {
                encoder.mark(7)
                encoder.write(String(describing: number))
            } else {
                encoder.mark(8)
                try value.encode(to: encoder)
            }
        }
    }
}

/// Which types are numbers with a decimal spelling, remembered per type.
private enum NumberTypes {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [ObjectIdentifier: Bool] = [:]

    static func isNumber<T>(_ type: T.Type) -> Bool {
        let id = ObjectIdentifier(type)
        lock.lock()
        if let answer = known[id] {
            lock.unlock()
            return answer
        }
        lock.unlock()
        let answer = type is any (Numeric & LosslessStringConvertible).Type
        lock.lock()
        known[id] = answer
        lock.unlock()
        return answer
    }
}
