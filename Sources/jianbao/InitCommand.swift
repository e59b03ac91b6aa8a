import ArgumentParser
import JianbaoSite

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a site: site.json, Reports/, Pages/about.md and, with --templates, the templates to edit."
    )

    @Argument(help: "The folder of the new site (default: this one).") var folder = "."
    @Flag(help: "Also copy the built-in templates and assets into Templates/ to edit.") var templates = false

    func run() throws {
        try Console.reportingErrors {
            let written = try SiteInit.write(into: folder, templates: templates)
            print("wrote \(written.count) files in \(folder): " + written.filter { !$0.hasPrefix("Templates/") }.joined(separator: ", ")
                + (templates ? ", Templates/" : ""))
            print("next: put report files (*.txt) in \(folder == "." ? "" : folder + "/")Reports/, then run `jianbao build` or `jianbao serve`")
        }
    }
}
