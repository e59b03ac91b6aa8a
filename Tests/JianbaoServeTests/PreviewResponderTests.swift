import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import JianbaoServe

/// The preview server's routing with the router in memory: files, types, caching, refusals.
@Suite struct PreviewResponderTests {
    /// A small built site beside a secret file that must never be served, and a symlink that leads to it.
    static func makeSite() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-serve-\(UUID().uuidString)")
        let site = root.appendingPathComponent("Public")
        let files = [
            "index.html": "<!DOCTYPE html><html><body><p>首页</p></body></html>",
            "404.html": "<!DOCTYPE html><html><body><p>页面不存在</p></body></html>",
            "assets/style.css": "body{}", "assets/tables.js": "1", "data/facts.csv": "a,b", "data/facts.json": "[]",
            "feed.xml": "<feed/>", "chart.svg": "<svg/>", "robots.txt": "User-agent: *",
            "articles/张店区.html": "<html><body>张店区</body></html>", "districts/index.html": "<html><body>区县</body></html>",
            ".gitkeep": "",
        ]
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data("secret".utf8).write(to: root.appendingPathComponent("site.json"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("leak.txt").path, withDestinationPath: "../site.json")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("up").path, withDestinationPath: "..")
        return site
    }

    static func app(_ site: URL, live: Bool = false) -> some ApplicationProtocol {
        Application(responder: PreviewResponder(folder: SiteFolder(path: site.path), hub: live ? ReloadHub() : nil))
    }

    @Test(arguments: [
        ("/", "text/html; charset=utf-8", "首页"),
        ("/index.html", "text/html; charset=utf-8", "首页"),
        ("/assets/style.css", "text/css; charset=utf-8", "body{}"),
        ("/assets/tables.js", "text/javascript; charset=utf-8", "1"),
        ("/chart.svg", "image/svg+xml", "<svg/>"),
        ("/data/facts.json", "application/json", "[]"),
        ("/feed.xml", "application/xml; charset=utf-8", "<feed/>"),
        ("/data/facts.csv", "text/csv; charset=utf-8", "a,b"),
        ("/robots.txt", "text/plain; charset=utf-8", "User-agent: *"),
        ("/articles/%E5%BC%A0%E5%BA%97%E5%8C%BA.html", "text/html; charset=utf-8", "张店区"),
        ("/districts/", "text/html; charset=utf-8", "区县"),
        ("/index.html?x=1#top", "text/html; charset=utf-8", "首页"),
    ])
    func servesFilesWithTheirTypes(path: String, type: String, body: String) async throws {
        try await Self.app(try Self.makeSite()).test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == type)
                #expect(String(buffer: response.body).contains(body))
            }
        }
    }

    @Test func aFolderWithoutItsSlashRedirects() async throws {
        try await Self.app(try Self.makeSite()).test(.router) { client in
            try await client.execute(uri: "/districts", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/districts/")
            }
        }
    }

    @Test func etagsGiveNotModified() async throws {
        try await Self.app(try Self.makeSite()).test(.router) { client in
            let first = try await client.execute(uri: "/assets/style.css", method: .get)
            let etag = try #require(first.headers[.eTag])
            try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "\"other\""]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func missingPagesGetThe404PageWithStatus404() async throws {
        try await Self.app(try Self.makeSite()).test(.router) { client in
            try await client.execute(uri: "/articles/%E6%97%A0.html", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: response.body).contains("页面不存在"))
            }
        }
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch, .options])
    func onlyGetAndHeadAreAllowed(method: HTTPRequest.Method) async throws {
        try await Self.app(try Self.makeSite()).test(.router) { client in
            try await client.execute(uri: "/", method: method) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }

    @Test(arguments: [
        "/../site.json", "/%2e%2e/site.json", "/%2E%2E/site.json", "/..%2fsite.json", "/%2e%2e%2fsite.json",
        "/.%2e/site.json", "/%252e%252e/site.json", "/..%5csite.json", "/..\\site.json", "//etc/passwd", "/%2fetc/passwd",
        "/index.html%00.txt", "/%00/../site.json", "/%c0%ae%c0%ae/site.json", "/leak.txt", "/up/site.json", "/.gitkeep",
        "/etc/passwd", "/%zz", "http://127.0.0.1/../site.json", "/" + String(repeating: "a", count: 5000),
    ])
    func nothingOutsideTheSiteIsServed(path: String) async throws {
        try await Self.app(try Self.makeSite()).test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .notFound || response.status == .badRequest, "\(path) → \(response.status)")
                #expect(!String(buffer: response.body).contains("secret"))
            }
        }
    }

    @Test func pagesGetTheLiveScriptOnlyWhileServingLive() async throws {
        let site = try Self.makeSite()
        try await Self.app(site, live: true).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains("<script src=\"/__jianbao/live.js\" defer></script></body>"))
            }
            try await client.execute(uri: "/__jianbao/live.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(String(buffer: response.body).contains("EventSource"))
            }
        }
        try await Self.app(site).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(!String(buffer: response.body).contains("live.js"))
            }
            try await client.execute(uri: "/__jianbao/live.js", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
        let onDisk = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains("live.js"))
    }
}
