/// An immutable value kept once and shared by every copy of what holds it: a copy costs one retain,
/// not one for each string and array inside the value.
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
