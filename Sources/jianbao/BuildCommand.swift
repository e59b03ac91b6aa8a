import ArgumentParser
import Foundation
import JianbaoSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @Option(help: "The site configuration file.") var config: String?
    @Option(help: "Folder of report files (overrides site.json).") var reports: String?
    @Option(help: "Folder to write the site to (overrides site.json).") var output: String?
    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at.") var baseURL: String?
    @Flag(help: "Print only errors and warnings: no progress and no summary line.") var quiet = false
    @Flag(help: "Print the seconds each stage took.") var timings = false
    @Flag(help: "Print every warning; on a terminal they are otherwise grouped by kind, a few of each.") var verbose = false
    @Flag(name: .customLong("no-wait"), help: "Fail at once when another build of the same site is running, instead of waiting for it.") var noWait = false

    func run() throws {
        try Console.reportingErrors {
            let summary = try ProgressLine(quiet: quiet).run { progress throws(SiteError) in
                try SiteBuild.run(config: config, overrides: .init(reports: reports, output: output, baseURL: baseURL), progress: progress,
                                  lock: noWait ? .fail : .wait { Console.error($0) })
            }
            Console.report(summary.diagnostics, verbose: verbose)
            if !quiet { print(summary.line) }
            if timings { summary.clock.lines.forEach { print($0) } }
            if summary.diagnostics.contains(where: \.isError) { throw ExitCode(1) }
        }
    }
}
