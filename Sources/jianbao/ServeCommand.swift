import ArgumentParser
import Foundation
import JianbaoServe
import JianbaoSite

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on this machine, and rebuild and reload pages on every save."
    )

    @Option(help: "Address to listen on; only this machine by default.") var host = "127.0.0.1"
    @Option(help: "Port to listen on; 0 picks a free one.") var port = 8080
    @Flag(help: "Open the site in the desktop's browser.") var open = false
    @Option(help: "The site configuration file.") var config: String?
    @Flag(help: "Print the seconds each stage of each build took.") var timings = false

    func run() async throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        do {
            // Written straight away, not buffered: scripts wait for the URL line.
            try await PreviewServer.run(.init(config: config, host: host, port: port, open: open, timings: timings)) { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        } catch let error as SiteError {
            Console.error(error)
            throw ExitCode(1)
        }
    }
}
