/// A view's digest, made by walking its encoding straight into a hasher: equal views give equal
/// digests, and telling two pages apart needs no value tree (`TemplateValueEncoder`'s) for either.
///
/// Every string, flag and number is tagged and every field named, so views that a template reads
/// differently feed different streams. Digests are compared only within one process.
enum ViewDigest {
    /// The digest of `view`; with `reading`, of only the fields of those names (a template's
    /// `TemplateLibrary.names(readBy:)`), as no other can change what the page prints.
    static func of(_ view: some Encodable, reading names: Set<String>? = nil) -> Int {
        let sink = Sink(reads: names)
        try? view.encode(to: DigestEncoder(sink: sink))
        return sink.finalize()
    }

    final class Sink {
        // Through a pointer, not a stored `var`: every combine on a class's stored property pays a
        // dynamic exclusivity check, a large part of a digest's cost.
        private let state: UnsafeMutablePointer<Hasher>
        let reads: Set<String>?

        init(reads: Set<String>? = nil) {
            self.reads = reads
            state = .allocate(capacity: 1)
            state.initialize(to: Hasher())
        }

        deinit { state.deallocate() }

        func finalize() -> Int { state.pointee.finalize() }

        func isRead(_ key: some CodingKey) -> Bool { reads?.contains(key.stringValue) ?? true }

        // Concrete types only, told apart by comparing type identities: a cast (`as? String`) runs
        // the runtime's general cast for every value, and a cast to a protocol (`any BinaryInteger`) costs more. A `KnownDigest` says so itself (`known`).
        func put<T: Encodable>(_ value: T) throws {
            let hasher = state
            if T.self == String.self { hasher.pointee.combine(1 as UInt8); combine(unsafeBitCast(value, to: String.self)) }
            else if T.self == Bool.self { hasher.pointee.combine(2 as UInt8); hasher.pointee.combine(unsafeBitCast(value, to: Bool.self)) }
            else if T.self == Int.self { number(String(unsafeBitCast(value, to: Int.self))) }
            else if T.self == Double.self { number(String(describing: unsafeBitCast(value, to: Double.self))) }
            // The other numbers encode themselves through a single value container, which would come back here.
            else if T.self == Int64.self { number(String(unsafeBitCast(value, to: Int64.self))) }
            else if T.self == Int32.self { number(String(unsafeBitCast(value, to: Int32.self))) }
            else if T.self == UInt.self { number(String(unsafeBitCast(value, to: UInt.self))) }
            else if T.self == UInt64.self { number(String(unsafeBitCast(value, to: UInt64.self))) }
            else if T.self == UInt8.self { number(String(unsafeBitCast(value, to: UInt8.self))) }
            else if T.self == Float.self { number(String(describing: unsafeBitCast(value, to: Float.self))) }
            else if T.self == [UInt8].self {
                let bytes = unsafeBitCast(value, to: [UInt8].self)
                hasher.pointee.combine(10 as UInt8)
                hasher.pointee.combine(bytes.count)
                bytes.withUnsafeBytes { hasher.pointee.combine(bytes: $0) }
            } else {
                try value.encode(to: DigestEncoder(sink: self))
            }
        }

        private func number(_ text: String) {
            state.pointee.combine(3 as UInt8)
            combine(text)
        }

        /// Takes a value's own digest in place of its encoding.
        func known(_ digest: Int) {
            state.pointee.combine(9 as UInt8)
            state.pointee.combine(digest)
        }

        func tag(_ tag: UInt8) { state.pointee.combine(tag) }

        // A string's UTF-8 bytes, not `String.hash(into:)`: that normalizes Chinese text first, which
        // was most of a digest's cost, and pages are bytes, so different bytes must differ anyway.
        func combine(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                state.pointee.combine(bytes.count)
                state.pointee.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
        }
    }

    struct DigestEncoder: Encoder {
        let sink: Sink
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            sink.tag(4)
            return KeyedEncodingContainer(Keyed<Key>(sink: sink))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            sink.tag(5)
            return Unkeyed(sink: sink)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey] = []

        private func name(_ key: Key) {
            sink.tag(6)
            sink.combine(key.stringValue)
        }

        // A field no template reads is left out; a nested one goes to a sink that is thrown away.
        private func sink(for key: Key) -> Sink {
            guard sink.isRead(key) else { return Sink(reads: sink.reads) }
            name(key)
            return sink
        }

        mutating func encodeNil(forKey key: Key) throws { if sink.isRead(key) { name(key); sink.tag(0) } }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws { if sink.isRead(key) { name(key); try sink.put(value) } }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            DigestEncoder(sink: sink(for: key)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            DigestEncoder(sink: sink(for: key)).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { sink.tag(7); return DigestEncoder(sink: sink) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { DigestEncoder(sink: sink(for: key)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] = []
        var count = 0

        private mutating func element() {
            count += 1
            sink.tag(8)
        }

        mutating func encodeNil() throws { element(); sink.tag(0) }
        mutating func encode(_ value: some Encodable) throws { element(); try sink.put(value) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            element()
            return DigestEncoder(sink: sink).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            element()
            return DigestEncoder(sink: sink).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { element(); return DigestEncoder(sink: sink) }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] = []

        mutating func encodeNil() throws { sink.tag(0) }
        mutating func encode(_ value: some Encodable) throws { try sink.put(value) }
    }
}
