import ArgumentParser
import Foundation
import JianbaoSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @Option(help: "The site configuration file.") var config: String?
    @Option(help: "Folder of report files (overrides site.json).") var reports: String?
    @Option(help: "Folder to write the site to (overrides site.json).") var output: String?
    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at.") var baseURL: String?

    func run() throws {
        try Console.reportingErrors {
            let summary = try SiteBuild.run(config: config, overrides: .init(reports: reports, output: output, baseURL: baseURL))
            summary.diagnostics.forEach(Console.error)
            print(summary.line)
            if summary.diagnostics.contains(where: \.isError) { throw ExitCode(1) }
        }
    }
}
