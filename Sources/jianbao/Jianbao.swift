import ArgumentParser
import Foundation

@main
struct Jianbao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jianbao",
        abstract: "Builds a static website from a folder of district reports.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, ExtractCommand.self, CheckCommand.self]
    )

    // Usage errors exit with 2, like most Unix tools, rather than ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
