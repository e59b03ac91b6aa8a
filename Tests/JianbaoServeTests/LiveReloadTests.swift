import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import JianbaoServe

/// A real server on a real socket: edit a report, receive the reload event, get the new page.
@Suite(.serialized) struct LiveReloadTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the sample site in a temporary folder.
    static func makeSite() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for item in ["Reports", "Templates", "site.json"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(item), to: site.appendingPathComponent(item))
        }
        return site
    }

    /// Starts the server and waits for its URL line; returns the port and the task to cancel.
    static func start(_ site: URL) async throws -> (port: Int, task: Task<Void, Error>) {
        let (lines, continuation) = AsyncStream<String>.makeStream()
        let options = PreviewServer.Options(config: site.appendingPathComponent("site.json").path, host: "127.0.0.1", port: 0, open: false)
        let task = Task { try await PreviewServer.run(options) { continuation.yield($0) } }
        for await line in lines where line.hasPrefix("Serving ") {
            let port = line.split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) }
            return (try #require(port), task)
        }
        throw CancellationError()
    }

    @Test func editingAReportReloadsPagesWithTheNewText() async throws {
        let site = try Self.makeSite()
        let (port, task) = try await Self.start(site)
        defer { task.cancel() }
        let events = try RawHTTP(port: port)
        events.send("GET /__jianbao/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(events.read(until: ": connected").contains("text/event-stream"))

        let report = site.appendingPathComponent("Reports/003_f0c88fd3146f3612.txt")
        var text = try String(contentsOf: report, encoding: .utf8)
        text = text.replacingOccurrences(of: "战疫情保发展 奋力夺取双胜利", with: "实时预览的新标题")
        try Data(text.utf8).write(to: report)
        #expect(events.read(until: "event: reload").contains("event: reload"))

        let home = try RawHTTP.get("/", port: port)
        #expect(home.contains("实时预览的新标题"))
        #expect(home.contains("/__jianbao/live.js"))
    }

    @Test func addingAHandWrittenPageReloadsWithItInTheMenu() async throws {
        let site = try Self.makeSite()
        let (port, task) = try await Self.start(site)
        defer { task.cancel() }
        let events = try Self.openEvents(port: port)
        let pages = site.appendingPathComponent("Pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Data("---\ntitle: 新写的一页\nmenu: 新页\n---\n正文。\n".utf8).write(to: pages.appendingPathComponent("new.md"))
        #expect(events.read(until: "event: reload").contains("event: reload"))
        #expect(try RawHTTP.get("/", port: port).contains(">新页</a>"))
        #expect(try RawHTTP.get("/pages/new.html", port: port).contains("<h1>新写的一页</h1>"))
    }

    @Test func aBrokenTemplateShowsTheErrorAndKeepsTheLastGoodSite() async throws {
        let site = try Self.makeSite()
        let (port, task) = try await Self.start(site)
        defer { task.cancel() }
        let events = try Self.openEvents(port: port)

        let template = site.appendingPathComponent("Templates/home.mustache")
        let good = try Data(contentsOf: template)
        try Data("{{#broken}}\n".utf8).write(to: template)
        let failed = events.read(until: "event: failed")
        #expect(failed.contains("home.mustache"))
        #expect(try RawHTTP.get("/", port: port).contains("200 OK"))

        // A page opened while the build is broken gets the error at once.
        let late = try RawHTTP(port: port)
        late.send("GET /__jianbao/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(late.read(until: "event: failed").contains("home.mustache"))

        try good.write(to: template)
        #expect(events.read(until: "event: reload").contains("event: reload"))
    }

    @Test func aStylesheetChangeSwapsStylesheetsWithoutReloading() async throws {
        let site = try Self.makeSite()
        let (port, task) = try await Self.start(site)
        defer { task.cancel() }
        let events = try Self.openEvents(port: port)
        let stylesheet = site.appendingPathComponent("Templates/assets/style.css")
        try Data((try String(contentsOf: stylesheet, encoding: .utf8) + "\nbody { color: red; }\n").utf8).write(to: stylesheet)
        let received = events.read(until: "event: css")
        #expect(received.contains("event: css") && !received.contains("event: reload"))
    }

    @Test func aPortInUseIsAClearError() async throws {
        let site = try Self.makeSite()
        let (port, task) = try await Self.start(site)
        defer { task.cancel() }
        let options = PreviewServer.Options(config: site.appendingPathComponent("site.json").path, host: "127.0.0.1", port: port, open: false)
        let error = await #expect(throws: (any Error).self) { try await PreviewServer.run(options) { _ in } }
        #expect(String(describing: error).contains("is in use") && String(describing: error).contains("--port 0"))
    }

    @Test func aBurstOfSavesGivesOneRebuild() async throws {
        let site = try Self.makeSite()
        let (port, task) = try await Self.start(site)
        defer { task.cancel() }
        let events = try Self.openEvents(port: port)
        let reports = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Reports").path).sorted()
        for name in reports {
            let url = site.appendingPathComponent("Reports").appendingPathComponent(name)
            try Data((try String(contentsOf: url, encoding: .utf8) + "\n补充一句。\n").utf8).write(to: url)
        }
        _ = events.read(until: "event: reload")
        try await Task.sleep(for: .milliseconds(800))
        let rebuilds = await Self.reloads(events, within: .milliseconds(200))
        #expect(rebuilds == 0)
    }

    // Counts further reload events that arrive in the window (the socket is read without blocking).
    static func reloads(_ connection: RawHTTP, within window: Duration) async -> Int {
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(connection.socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let text = connection.read(until: "event: reload\n\nevent: reload")
        return text.components(separatedBy: "event: reload").count - 2
    }
}
