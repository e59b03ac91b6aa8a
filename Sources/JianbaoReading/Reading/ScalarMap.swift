/// A small map from single-scalar characters to values, looked up like ``ScalarSet`` without hashing.
struct ScalarMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// The keys' scalar values.
    let keys: [UInt32]
    private let values: [Value]
    private let byCharacter: [Character: Value]

    init(dictionaryLiteral elements: (Character, Value)...) {
        byCharacter = Dictionary(elements, uniquingKeysWith: { first, _ in first })
        keys = elements.map(\.0.memberScalar)
        values = elements.map(\.1)
    }

    subscript(character: Character) -> Value? {
        guard let value = character.plainScalar else { return byCharacter[character] }
        return keys.firstIndex(of: value).map { values[$0] }
    }
}
