/// Turns any `Encodable` view into the value its template reads, so a view's fields are described
/// once, by the view itself.
///
/// Strings and flags stay what they are; numbers print as Swift describes them; a nil optional is
/// left out, so that a template looks the name up in the enclosing views, as swift-mustache does.
public enum TemplateValueEncoder {
    public static func encode(_ value: some Encodable) throws -> TemplateValue {
        let root = Slot()
        try value.encode(to: ValueEncoder(slot: root))
        return root.value
    }

    /// Where one value goes while it is being encoded.
    final class Slot {
        var leaf: TemplateValue?
        var fields: [String: Slot]?
        var items: [Slot]?

        var content: TemplateValue {
            get { leaf ?? .null }
            set { leaf = newValue }
        }

        var value: TemplateValue {
            if let fields { return .object(fields.mapValues(\.value)) }
            if let items { return .list(items.map(\.value)) }
            return leaf ?? .null
        }

        func field(_ key: String) -> Slot {
            let slot = Slot()
            if fields == nil { fields = [:] }
            fields![key] = slot
            return slot
        }

        func becomeObject() {
            if fields == nil { fields = [:] }
        }

        func append() -> Slot {
            let slot = Slot()
            if items == nil { items = [] }
            items!.append(slot)
            return slot
        }

        func becomeList() {
            if items == nil { items = [] }
        }
    }

    struct ValueEncoder: Encoder {
        let slot: Slot
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            slot.becomeObject()
            return KeyedEncodingContainer(Keyed<Key>(slot: slot))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            slot.becomeList()
            return Unkeyed(slot: slot)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(slot: slot) }
    }

    static func put(_ value: some Encodable, in slot: Slot) throws {
        switch value {
        case let text as String: slot.content = .string(text)
        case let flag as Bool: slot.content = .bool(flag)
        case let number as any BinaryInteger: slot.content = (.string(String(describing: number)))
        case let number as Double: slot.content = (.string(String(describing: number)))
        case let number as Float: slot.content = (.string(String(describing: number)))
        default: try value.encode(to: ValueEncoder(slot: slot))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [any CodingKey] = []

        mutating func encodeNil(forKey key: Key) throws { slot.field(key.stringValue).content = (.null) }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws { try put(value, in: slot.field(key.stringValue)) }
        mutating func encode(_ value: String, forKey key: Key) throws { slot.field(key.stringValue).content = (.string(value)) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { slot.field(key.stringValue).content = (.bool(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { slot.field(key.stringValue).content = (.string(String(value))) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = slot.field(key.stringValue)
            nested.becomeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = slot.field(key.stringValue)
            nested.becomeList()
            return Unkeyed(slot: nested)
        }

        mutating func superEncoder() -> any Encoder { ValueEncoder(slot: slot.field("super")) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { ValueEncoder(slot: slot.field(key.stringValue)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey] = []
        var count: Int { slot.items?.count ?? 0 }

        mutating func encodeNil() throws { slot.append().content = (.null) }
        mutating func encode(_ value: some Encodable) throws { try put(value, in: slot.append()) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = slot.append()
            nested.becomeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = slot.append()
            nested.becomeList()
            return Unkeyed(slot: nested)
        }

        mutating func superEncoder() -> any Encoder { ValueEncoder(slot: slot.append()) }
    }

    struct Single: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey] = []

        mutating func encodeNil() throws { slot.content = (.null) }
        mutating func encode(_ value: some Encodable) throws { try put(value, in: slot) }
    }
}
