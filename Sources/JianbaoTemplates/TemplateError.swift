/// A template that cannot be used, with its name, line and a reason a user can act on.
public struct TemplateError: Error, Sendable, Hashable {
    public var template: String
    public var line: Int
    public var column: Int
    public var reason: String

    public init(template: String, line: Int, column: Int = 0, reason: String) {
        self.template = template
        self.line = line
        self.column = column
        self.reason = reason
    }
}
