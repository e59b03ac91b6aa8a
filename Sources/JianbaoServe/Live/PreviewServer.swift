import Foundation
import Hummingbird
import Logging
import NIOCore
import JianbaoSite
import ServiceLifecycle

/// `jianbao serve`: build, serve `Public/`, rebuild on every save and tell open pages.
public enum PreviewServer {
    public struct Options: Sendable {
        public var config: String?
        public var host: String
        public var port: Int
        public var open: Bool
        /// Print the seconds each stage of each build took.
        public var timings: Bool

        public init(config: String?, host: String, port: Int, open: Bool, timings: Bool = false) {
            self.config = config
            self.host = host
            self.port = port
            self.open = open
            self.timings = timings
        }
    }

    /// Runs until SIGINT or SIGTERM; `print` receives the URL line and each rebuild's summary.
    public static func run(_ options: Options, print: @escaping @Sendable (String) -> Void) async throws {
        let (config, _) = try ProjectLoader.loadConfig(options.config)
        let hub = ReloadHub()
        let builder = Rebuilder(configPath: options.config, hub: hub, timings: options.timings, print: print)
        let watched = [config.reports, config.templates, config.pages, config.corrections, options.config ?? "site.json"]
        // The files are looked at before the first build, so a save while it runs starts another.
        let before = FileStamps(roots: watched)
        await builder.build(changed: [])
        let watcher = SiteWatcher(paths: watched, since: before) { changed in await builder.build(changed: changed) }
        let logger = { var logger = Logger(label: "jianbao"); logger.logLevel = .warning; return logger }()
        let app = Application(
            responder: PreviewResponder(folder: SiteFolder(path: config.output), hub: hub),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: "jianbao"),
            services: [watcher],
            onServerRunning: { channel in
                let url = "http://\(options.host):\(channel.localAddress?.port ?? options.port)/"
                print("Serving \(url) (Ctrl-C to stop)")
                if options.open { Browser.open(url) }
            },
            logger: logger
        )
        // Services stop in reverse order: the open event streams end before the server waits for its responses.
        let group = ServiceGroup(configuration: .init(
            services: [app, StreamCloser(hub: hub)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch is CancellationError {
            // Ctrl-C or SIGTERM: a clean stop.
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw SiteError(file: options.config ?? "site.json", line: 0,
                            reason: "port \(options.port) on \(options.host) is in use; stop the other server or pass --port 0 to pick a free one")
        }
        await hub.finish()
    }
}

/// Opens a URL in the desktop's browser when there is one.
enum Browser {
    static func open(_ url: String) {
        for tool in ["/usr/bin/xdg-open", "/usr/bin/open"] where FileManager.default.isExecutableFile(atPath: tool) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = [url]
            try? process.run()
            return
        }
    }
}
