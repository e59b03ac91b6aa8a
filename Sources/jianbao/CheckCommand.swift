import ArgumentParser
import JianbaoReading
import JianbaoSite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read the reports and render the site without writing it; print every warning and what each correction changed."
    )

    @Argument(help: "Report files or folders (default: the whole site).") var paths: [String] = []
    @Option(help: "The site configuration file.") var config: String?

    func run() throws {
        try Console.reportingErrors {
            if paths.isEmpty {
                let summary = try SiteBuild.run(config: config, overrides: .init(), write: false)
                summary.diagnostics.forEach(Console.error)
                summary.corrections.forEach { print($0.description) }
                if summary.diagnostics.contains(where: \.isError) { throw ExitCode(1) }
            } else {
                let (siteConfig, warnings) = try ProjectLoader.loadConfig(config)
                warnings.forEach(Console.error)
                let read = try ReportFolder.read(paths: paths)
                let diagnostics = read.skipped + SiteBuilder.read(read.files, config: siteConfig).1
                diagnostics.forEach(Console.error)
                if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
            }
        }
    }
}
