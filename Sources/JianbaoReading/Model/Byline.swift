/// The people credited for an article, by role.
public struct Byline: Sendable, Hashable, Codable {
    public var reporters: [String]
    public var correspondents: [String]
    public var interns: [String]

    public init(reporters: [String] = [], correspondents: [String] = [], interns: [String] = []) {
        self.reporters = reporters
        self.correspondents = correspondents
        self.interns = interns
    }

    public var isEmpty: Bool { reporters.isEmpty && correspondents.isEmpty && interns.isEmpty }

    /// Adds one name in its role, unless it is there already.
    mutating func add(_ name: String, as role: BylineParser.Role) {
        switch role {
        case .reporter: if !reporters.contains(name) { reporters.append(name) }
        case .correspondent: if !correspondents.contains(name) { correspondents.append(name) }
        case .intern: if !interns.contains(name) { interns.append(name) }
        }
    }

    /// Adds the other byline's names after this one's, skipping names already present.
    public mutating func merge(_ other: Byline) {
        for name in other.reporters where !reporters.contains(name) { reporters.append(name) }
        for name in other.correspondents where !correspondents.contains(name) { correspondents.append(name) }
        for name in other.interns where !interns.contains(name) { interns.append(name) }
    }
}
