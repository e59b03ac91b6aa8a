import ArgumentParser
import Foundation

@main
struct Jianbao: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jianbao",
        abstract: "Builds a static website from a folder of district reports.",
        version: "0.1.0",
        subcommands: [InitCommand.self, BuildCommand.self, ServeCommand.self, ExtractCommand.self, CheckCommand.self, ExportCommand.self]
    )

    // Usage errors exit with 2, like most Unix tools, rather than ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
