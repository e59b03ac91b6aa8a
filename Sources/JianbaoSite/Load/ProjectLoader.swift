import Foundation
import JianbaoReading

/// Reads site.json, the reports, the templates and the assets: the build's first stage.
public enum ProjectLoader {
    /// Command-line settings that override site.json.
    public struct Overrides: Sendable {
        public var reports: String?
        public var output: String?
        public var baseURL: String?

        public init(reports: String? = nil, output: String? = nil, baseURL: String? = nil) {
            self.reports = reports
            self.output = output
            self.baseURL = baseURL
        }
    }

    /// Reads the config at `configPath` (defaults when it is absent and was not asked for by name).
    public static func loadConfig(_ configPath: String?, overrides: Overrides = Overrides()) throws(SiteError) -> (SiteConfig, [Diagnostic]) {
        let path = configPath ?? "site.json"
        var config = SiteConfig()
        var warnings: [Diagnostic] = []
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SiteError(file: path, line: 1, reason: "cannot read the config file")
            }
            (config, warnings) = try SiteConfigParser.parse([UInt8](data), file: path)
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                config.reports = resolve(config.reports, in: folder)
                config.templates = resolve(config.templates, in: folder)
                config.output = resolve(config.output, in: folder)
                config.pages = resolve(config.pages, in: folder)
                config.corrections = resolve(config.corrections, in: folder)
            }
        } else if configPath != nil {
            throw SiteError(file: path, line: 0, reason: "config file not found; pass an existing --config or leave it out for the defaults")
        }
        if let reports = overrides.reports { config.reports = reports }
        if let output = overrides.output { config.output = output }
        if let baseURL = overrides.baseURL {
            if let problem = SiteConfigRules.baseURLProblem(baseURL) { throw SiteError(file: "--base-url", line: 0, reason: "the site's address \(problem)") }
            config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        return (config, warnings)
    }

    /// Reads everything the config points at; with a `memo`, only the reports it does not hold as they are on disk.
    public static func load(_ config: SiteConfig, memo: ReportFileMemo? = nil) throws(SiteError) -> ProjectInput {
        let reports: [ReportFile]
        let skipped: [Diagnostic]
        do {
            let folder = URL(fileURLWithPath: config.reports)
            if let memo {
                (reports, skipped) = try memo.read(folder)
            } else {
                let read = try ReportFolder.read(folder)
                (reports, skipped) = (read.files, read.skipped)
            }
        } catch {
            throw SiteError(file: error.file, line: error.line, reason: error.reason)
        }
        let (templates, assets) = try readTemplates(config.templates)
        let pages = try readTree(URL(fileURLWithPath: config.pages)).filter { $0.key.hasSuffix(".md") && !$0.key.contains("/") }
            .map { PageSource(file: (config.pages as NSString).appendingPathComponent($0.key), name: $0.key, text: String(decoding: $0.value, as: UTF8.self)) }
            .sorted { $0.name < $1.name }
        var input = ProjectInput(config: config, reports: reports, templates: templates, assets: assets, pages: pages, skipped: skipped)
        (input.corrections, input.correctionWarnings) = try loadCorrections(config.corrections)
        return input
    }

    /// The corrections in `path`, with the parser's warnings; none when the file does not exist.
    public static func loadCorrections(_ path: String) throws(SiteError) -> ([Correction], [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SiteError(file: path, line: 0, reason: "cannot read the corrections file")
        }
        return try CorrectionsParser.parse(Array(data), file: path)
    }

    /// The folder that holds the site's config file (the current folder for `site.json`).
    public static func siteFolder(of configPath: String?) -> String {
        let folder = ((configPath ?? "site.json") as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private static func resolve(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
    }

    // The built-in templates and assets, each replaced by the site's file of the same template name
    // (`Templates/article.mustache`, or `Templates/partials/head.mustache` for `head`) or the same
    // asset path. A site without the folder uses the built-in ones only.
    private static func readTemplates(_ folder: String) throws(SiteError) -> (templates: [TemplateSource], assets: [String: [UInt8]]) {
        var templates: [String: TemplateSource] = [:]
        var assets: [String: [UInt8]] = [:]
        func add(_ relative: String, _ bytes: [UInt8], file: String) {
            if relative.hasPrefix("assets/") {
                assets[String(relative.dropFirst("assets/".count))] = bytes
            } else if relative.hasSuffix(".mustache") {
                let name = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
                templates[name] = TemplateSource(name: name, file: file, text: String(decoding: bytes, as: UTF8.self))
            }
        }
        for (relative, bytes) in BuiltInTemplates.files { add(relative, bytes, file: "(built-in) Templates/" + relative) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw SiteError(file: folder, line: 0, reason: "the templates folder is a file; make it a folder or point site.json's “templates” elsewhere") }
            for (relative, bytes) in try readTree(URL(fileURLWithPath: folder)) {
                add(relative, bytes, file: (folder as NSString).appendingPathComponent(relative))
            }
        }
        return (templates.values.sorted { $0.name < $1.name }, assets)
    }

    private static func readTree(_ folder: URL) throws(SiteError) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let relative as String in enumerator {
            let url = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw SiteError(file: url.path, line: 0, reason: "cannot read the file")
            }
            files[relative] = [UInt8](data)
        }
        return files
    }
}
