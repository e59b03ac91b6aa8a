import Foundation
import PackagePlugin

/// Makes the package's `Templates/` folder part of the target it is applied to, as `BuiltInFiles.swift`.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInFiles.swift")
        // Every file is an input, so an edited, added or removed template rebuilds the target.
        let files = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])?
            .compactMap { $0 as? URL } ?? [])
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
        return [.buildCommand(
            displayName: "Embedding the built-in templates",
            executable: try context.tool(named: "embed-templates").url,
            arguments: [folder.path, output.path],
            inputFiles: files + [folder],
            outputFiles: [output]
        )]
    }
}
