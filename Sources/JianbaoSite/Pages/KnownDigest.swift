/// A view value that knows its own digest, so `ViewDigest` takes that instead of walking it: a value
/// shown on many pages, digested once when made, or one made from inputs that are cheaper to digest
/// than the value itself.
protocol KnownDigest: Encodable {
    /// Equal digests (in one process) mean the value encodes the same way.
    var digest: Int { get }
}

extension KnownDigest {
    /// Hands `ViewDigest` the digest, or else encodes `value`, made only then: what templates see.
    func encode(to encoder: any Encoder, as value: @autoclosure () -> some Encodable) throws {
        if let digesting = encoder as? ViewDigest.DigestEncoder { return digesting.sink.known(digest) }
        var container = encoder.singleValueContainer()
        try container.encode(value())
    }
}

/// A value with its digest, made once; the templates see the value itself.
public struct Digested<Value: Encodable & Sendable>: Encodable, Sendable, KnownDigest {
    // Shared, not copied: a row is put on four or five pages, and copying its strings cost a
    // retain each, more than digesting the page it is put on.
    private let shared: Shared<Value>
    let digest: Int

    public var value: Value { shared.value }

    init(_ value: Value) {
        shared = Shared(value)
        digest = ViewDigest.of(value)
    }

    init(_ value: Value, digest: Int) {
        shared = Shared(value)
        self.digest = digest
    }

    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, as: value) }
}

// Templates rendered from reflected values (swift-mustache's, the tests' reference) see through it too.
extension Digested: CustomReflectable {
    public var customMirror: Mirror { Mirror(reflecting: value) }
}

// A digested list is still a list to a renderer that walks sequences (swift-mustache's sections).
extension Digested: Sequence where Value: Sequence {
    public func makeIterator() -> Value.Iterator { value.makeIterator() }
}

extension LazyHTML: CustomStringConvertible, CustomReflectable {
    public var description: String { html }
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}

/// A value whose links are written from the site root and can be made to start elsewhere.
public protocol RootRelative: Encodable, Sendable {
    /// The same value with its links starting at `root` (`../`) instead.
    func rooted(_ root: String) -> Self
}

/// A digested value shown on a page whose way back to the site root is `root`: its digest is the
/// value's with `root`, and its links are rewritten only when a template reads it, so a listing page
/// that is digested but not rendered copies no strings.
public struct Rooted<Value: RootRelative>: Encodable, Sendable, KnownDigest {
    let base: Digested<Value>
    let root: String

    var digest: Int {
        guard !root.isEmpty else { return base.digest }
        var hasher = Hasher()
        hasher.combine(base.digest)
        hasher.combine(root)
        return hasher.finalize()
    }

    /// The value as the page shows it.
    public var value: Value { base.value.rooted(root) }

    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, as: value) }
}

extension Rooted: CustomReflectable {
    public var customMirror: Mirror { Mirror(reflecting: value) }
}

/// HTML made only when a template prints it, digested by the inputs it is made from.
public struct LazyHTML: Encodable, Sendable, KnownDigest {
    let inputs: @Sendable () -> Int
    let make: @Sendable () -> String

    /// HTML that `make` makes from inputs whose digest `inputs` gives; `make` must depend on nothing else.
    init(inputs: @escaping @Sendable () -> Int, _ make: @escaping @Sendable () -> String) {
        self.inputs = inputs
        self.make = make
    }

    var digest: Int { inputs() }

    /// The HTML itself.
    public var html: String { make() }

    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, as: make()) }
}
