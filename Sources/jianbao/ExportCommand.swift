import ArgumentParser
import JianbaoSite

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every article as Markdown with YAML front matter, for Hugo, Jekyll and other generators."
    )

    @Option(help: "Folder to write one .md file per article into (other files in it are left alone).") var markdown: String
    @Option(help: "The site configuration file.") var config: String?
    @Option(help: "Folder of report files (overrides site.json).") var reports: String?
    @Flag(help: "Print only errors and warnings.") var quiet = false

    func run() throws {
        try Console.reportingErrors {
            let result = try SiteExport.markdown(config: config, overrides: .init(reports: reports), into: markdown)
            result.diagnostics.forEach(Console.error)
            if !quiet { print("exported \(result.articles) articles, \(result.written) files written → \(markdown)") }
            if result.diagnostics.contains(where: \.isError) { throw ExitCode(1) }
        }
    }
}
