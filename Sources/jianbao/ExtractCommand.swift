import ArgumentParser
import Foundation
import JianbaoReading
import JianbaoSite

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Print what the reader finds in report files.")

    enum Format: String, ExpressibleByArgument { case json }

    @Argument(help: "Report files or folders (default: the reports folder).") var paths: [String] = []
    @Option(help: "Output format.") var format: Format = .json
    @Option(help: "The site configuration file.") var config: String?

    func run() throws {
        try Console.reportingErrors {
            let (siteConfig, _) = try ProjectLoader.loadConfig(config)
            let read = try ReportFolder.read(paths: paths.isEmpty ? [siteConfig.reports] : paths)
            let (reports, readDiagnostics) = SiteBuilder.read(read.files, config: siteConfig)
            let diagnostics = read.skipped + readDiagnostics
            diagnostics.filter { $0.severity == .error }.forEach(Console.error)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(reports.map(ReportExport.init)), as: UTF8.self))
        }
    }
}
