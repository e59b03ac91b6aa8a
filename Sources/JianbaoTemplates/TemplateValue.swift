/// What a template reads: a view turned into strings, flags, lists and objects of named fields.
public enum TemplateValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case string(String)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Whether a section over the value renders: false, null and empty lists do not; "" does.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        case .string, .object: true
        }
    }

    /// The text an interpolation prints.
    var text: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .string(let text): text
        case .list, .object: ""
        }
    }

    /// The field `name` of an object, if it has one.
    func field(_ name: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[name] }
        return nil
    }
}
