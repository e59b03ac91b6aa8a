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
    @Flag(help: "Print what the reader found after the editor's corrections (corrections.json), not before.") var corrected = false

    func run() throws {
        try Console.reportingErrors {
            let (siteConfig, _) = try ProjectLoader.loadConfig(config)
            let read = try ReportFolder.read(paths: paths.isEmpty ? [siteConfig.reports] : paths)
            var (reports, diagnostics) = SiteBuilder.read(read.files, config: siteConfig)
            diagnostics = read.skipped + diagnostics
            if corrected {
                let (corrections, warnings) = try ProjectLoader.loadCorrections(siteConfig.corrections)
                let applied = CorrectionApplier(corrections: corrections, gazetteer: SiteBuilder.gazetteer(for: siteConfig), file: siteConfig.corrections)
                    .apply(to: reports)
                reports = applied.reports
                diagnostics += warnings + applied.warnings
            }
            diagnostics.filter { $0.severity == .error }.forEach(Console.error)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(reports.map(ReportExport.init)), as: UTF8.self))
        }
    }
}
