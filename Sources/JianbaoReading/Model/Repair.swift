/// A paragraph the layout broke in two, joined again: where each part came from.
public struct Repair: Sendable, Hashable {
    /// The part that breaks off.
    public var first: SourceRange
    /// The part that continues it.
    public var second: SourceRange
    /// A few characters either side of the joint, as the fixtures record repairs.
    public var joint: String

    public init(first: SourceRange, second: SourceRange, joint: String) {
        self.first = first
        self.second = second
        self.joint = joint
    }
}
