/// One piece of a parsed template.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// A partial, with the indentation of a standalone tag (its lines are indented when rendered).
    case partial(String, indentation: String?)
    /// A parent (`{{<name}}`), its block overrides, and the indentation of a standalone tag.
    case parent(String, blocks: [String: [TemplateNode]], indentation: String?)
    /// A block (`{{$name}}`) with its default content.
    case block(String, [TemplateNode], indentation: String?)
    /// `{{%CONTENT_TYPE:TEXT}}`: no escaping from here on.
    case plainText
}
