import JianbaoReading
/// `jianbao export`: read the reports as a build does, then write every article as Markdown.
public enum SiteExport {
    /// Writes the Markdown files into `folder`; returns how many articles there are and how many files changed.
    public static func markdown(config configPath: String?, overrides: ProjectLoader.Overrides,
                                into folder: String) throws(SiteError) -> (articles: Int, written: Int, diagnostics: [Diagnostic]) {
        let (config, warnings) = try ProjectLoader.loadConfig(configPath, overrides: overrides)
        let input = try ProjectLoader.load(config)
        let (reports, found) = SiteBuilder.read(input.reports, config: config)
        let model = SiteModel(config: config, reports: reports)
        let written = try FolderWriter.write(MarkdownExport(model: model).files(), into: folder)
        let diagnostics = warnings + found
        return (model.articles.count, written, diagnostics)
    }
}
