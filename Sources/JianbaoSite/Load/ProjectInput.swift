import JianbaoReading

/// Everything a build reads from disk, as values: the later stages never touch the disk.
public struct ProjectInput: Sendable {
    public var config: SiteConfig
    public var reports: [ReportFile]
    /// Template sources by name (`article`, `partials/head` is registered as `head`).
    public var templates: [TemplateSource]
    /// Files under `Templates/assets/`, by path relative to that folder.
    public var assets: [String: [UInt8]]
    /// The hand-written pages, `Pages/*.md`, by file name.
    public var pages: [PageSource]
    /// An editor's fixes, from corrections.json, applied after reading.
    public var corrections: [Correction] = []
    /// What the corrections file's parser warned about.
    public var correctionWarnings: [Diagnostic] = []
    /// An error for each entry of the reports folder that is not a report file that could be read.
    public var skipped: [Diagnostic]

    public init(config: SiteConfig, reports: [ReportFile], templates: [TemplateSource], assets: [String: [UInt8]],
                pages: [PageSource] = [], skipped: [Diagnostic] = []) {
        self.config = config
        self.reports = reports
        self.templates = templates
        self.assets = assets
        self.pages = pages
        self.skipped = skipped
    }
}

/// One Mustache template file's text and where it came from.
public struct TemplateSource: Sendable, Hashable {
    public var name: String
    public var file: String
    public var text: String

    public init(name: String, file: String, text: String) {
        self.name = name
        self.file = file
        self.text = text
    }
}

/// One hand-written page's Markdown (`Pages/about.md`) and where it came from.
public struct PageSource: Sendable, Hashable {
    /// Its path, for diagnostics.
    public var file: String
    /// The file's name, `about.md`.
    public var name: String
    public var text: String

    public init(file: String, name: String, text: String) {
        self.file = file
        self.name = name
        self.text = text
    }
}
