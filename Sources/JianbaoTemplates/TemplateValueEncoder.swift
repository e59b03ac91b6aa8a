/// Turns any `Encodable` view into the value its template reads, so a view's fields are described
/// once, by the view itself.
///
/// Strings and flags stay what they are; numbers print as Swift describes them; a nil optional is
/// left out, so that a template looks the name up in the enclosing views, as swift-mustache does.
public enum TemplateValueEncoder {
    /// The value `value` encodes to; with `reading`, only the fields of those names (the names a
    /// template looks up, `TemplateLibrary.names(readBy:)`), as the others would never be read.
    public static func encode(_ value: some Encodable, reading names: Set<String>? = nil) throws -> TemplateValue {
        let root = Slot()
        try value.encode(to: ValueEncoder(slot: root, reads: names.map(Reads.init)))
        return root.value
    }

    // One shared set for a whole encoding: a class, so that containers pass a reference, not a set.
    final class Reads {
        let names: Set<String>
        init(_ names: Set<String>) { self.names = names }
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
        let reads: Reads?
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            slot.becomeObject()
            return KeyedEncodingContainer(Keyed<Key>(slot: slot, reads: reads))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            slot.becomeList()
            return Unkeyed(slot: slot, reads: reads)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(slot: slot, reads: reads) }
    }

    static func put(_ value: some Encodable, in slot: Slot, reads: Reads?) throws {
        switch value {
        case let text as String: slot.content = .string(text)
        case let flag as Bool: slot.content = .bool(flag)
        case let number as any BinaryInteger: slot.content = (.string(String(describing: number)))
        case let number as Double: slot.content = (.string(String(describing: number)))
        case let number as Float: slot.content = (.string(String(describing: number)))
        default: try value.encode(to: ValueEncoder(slot: slot, reads: reads))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        let reads: Reads?
        var codingPath: [any CodingKey] = []

        // A nested field no template reads goes to a slot that is not kept.
        private func field(_ key: Key) -> Slot { isRead(key) ? slot.field(key.stringValue) : Slot() }

        private func isRead(_ key: Key) -> Bool { reads?.names.contains(key.stringValue) ?? true }

        mutating func encodeNil(forKey key: Key) throws { if isRead(key) { slot.field(key.stringValue).content = .null } }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            guard isRead(key) else { return }
            try put(value, in: slot.field(key.stringValue), reads: reads)
        }
        mutating func encode(_ value: String, forKey key: Key) throws { if isRead(key) { slot.field(key.stringValue).content = .string(value) } }
        mutating func encode(_ value: Bool, forKey key: Key) throws { if isRead(key) { slot.field(key.stringValue).content = .bool(value) } }
        mutating func encode(_ value: Int, forKey key: Key) throws { if isRead(key) { slot.field(key.stringValue).content = .string(String(value)) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = field(key)
            nested.becomeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: nested, reads: reads))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = field(key)
            nested.becomeList()
            return Unkeyed(slot: nested, reads: reads)
        }

        mutating func superEncoder() -> any Encoder { ValueEncoder(slot: slot.field("super"), reads: reads) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { ValueEncoder(slot: field(key), reads: reads) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        let reads: Reads?
        var codingPath: [any CodingKey] = []
        var count: Int { slot.items?.count ?? 0 }

        mutating func encodeNil() throws { slot.append().content = (.null) }
        mutating func encode(_ value: some Encodable) throws { try put(value, in: slot.append(), reads: reads) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = slot.append()
            nested.becomeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: nested, reads: reads))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = slot.append()
            nested.becomeList()
            return Unkeyed(slot: nested, reads: reads)
        }

        mutating func superEncoder() -> any Encoder { ValueEncoder(slot: slot.append(), reads: reads) }
    }

    struct Single: SingleValueEncodingContainer {
        let slot: Slot
        let reads: Reads?
        var codingPath: [any CodingKey] = []

        mutating func encodeNil() throws { slot.content = (.null) }
        mutating func encode(_ value: some Encodable) throws { try put(value, in: slot, reads: reads) }
    }
}
