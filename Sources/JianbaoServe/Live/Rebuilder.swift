import Foundation
import JianbaoSite

/// Runs one build at a time and reports each result to the open pages.
actor Rebuilder {
    let configPath: String?
    let hub: ReloadHub
    let print: @Sendable (String) -> Void
    /// Warnings already shown: a rebuild prints only new ones, not the same list on every save.
    private var shown: Set<String> = []

    init(configPath: String?, hub: ReloadHub, print: @escaping @Sendable (String) -> Void) {
        self.configPath = configPath
        self.hub = hub
        self.print = print
    }

    /// Builds the whole site atomically, as `jianbao build` does; a failure keeps the last good site.
    func build(changed: [String]) async {
        do {
            let summary = try SiteBuild.run(config: configPath, overrides: .init())
            let lines = summary.diagnostics.map(\.description)
            lines.filter { !shown.contains($0) }.forEach(print)
            shown = Set(lines)
            print(summary.line)
            let stylesheetsOnly = !changed.isEmpty && changed.allSatisfy { $0.hasSuffix(".css") }
            await hub.publish(stylesheetsOnly ? .stylesheet : .reload)
        } catch {
            print(error.description)
            await hub.publish(.failed([error.description]))
        }
    }
}
