import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import JianbaoServe

/// The event stream's fields never carry a raw line break, and a page that goes away frees its socket at once.
@Suite struct EventStreamTests {
    @Test(arguments: [
        (["a.txt:1: error: x"], "event: failed\ndata: a.txt:1: error: x\n\n"),
        (["bad\nevent: reload\ndata: ok"], "event: failed\ndata: bad\ndata: event: reload\ndata: data: ok\n\n"),
        (["one\r\ntwo\rthree", "four"], "event: failed\ndata: one\ndata: two\ndata: three\ndata: four\n\n"),
    ])
    func aFailureIsSentOneFieldPerLine(lines: [String], message: String) {
        #expect(ReloadHub.Event.failed(lines).message == message)
    }
}

// With the other real-socket tests, which block their thread while they read and so must run one at a time.
extension LiveReloadTests {
    /// The states of the server's TCP connections with `port` at the other end, from /proc/net/tcp.
    static func connectionStates(server: Int, peer: Int) -> [String] {
        guard let table = try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8) else { return [] }
        let local = String(format: "%04X", server), remote = String(format: "%04X", peer)
        return table.split(separator: "\n").dropFirst().compactMap { row in
            let fields = row.split(separator: " ")
            guard fields.count > 3, fields[1].hasSuffix(":" + local), fields[2].hasSuffix(":" + remote) else { return nil }
            return String(fields[3])
        }
    }

    @Test func aClosedEventStreamClosesItsSocketWithoutWaitingForAnEvent() async throws {
        let site = try Self.makeSite()
        let (port, task) = try await Self.start(site)
        defer { task.cancel() }
        var events: RawHTTP? = try RawHTTP(port: port)
        events?.send("GET /__jianbao/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(events?.read(until: ": connected").contains("text/event-stream") == true)
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(events!.socket, $0, &length) } }
        let peer = Int(UInt16(bigEndian: address.sin_port))
        #expect(Self.connectionStates(server: port, peer: peer) == ["01"], "established")
        events = nil
        var states = Self.connectionStates(server: port, peer: peer)
        for _ in 0..<20 where !states.isEmpty {
            try await Task.sleep(for: .milliseconds(25))
            states = Self.connectionStates(server: port, peer: peer)
        }
        // 08 is CLOSE_WAIT: the page closed its end and the server had not closed its own.
        #expect(states.isEmpty, "the server's end is still there, in state \(states)")
    }
}

extension LiveReloadTests {
    /// An event stream from the server at `port`, read up to its first comment.
    static func openEvents(port: Int) throws -> RawHTTP {
        let events = try RawHTTP(port: port)
        events.send("GET /__jianbao/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = events.read(until: ": connected")
        return events
    }

    /// A bad setting or a template that includes itself, saved while serving, fails the rebuild with its
    /// message; the server keeps serving the last good site, and a fix reloads the pages.
    @Test(arguments: [
        ("site.json", "{\n  \"latestCount\": -1\n}\n", "“latestCount” must be a whole number from 1"),
        ("Templates/partials/site-footer.mustache", "{{> site-footer}}\n", "templates include themselves: site-footer → site-footer"),
    ])
    func aBadSaveWhileServingFailsTheRebuildAndKeepsTheSite(file: String, text: String, message: String) async throws {
        let site = try Self.makeSite()
        let (port, task) = try await Self.start(site)
        defer { task.cancel() }
        let events = try Self.openEvents(port: port)
        let path = site.appendingPathComponent(file)
        let good = try Data(contentsOf: path)
        try Data(text.utf8).write(to: path)
        #expect(events.read(until: "event: failed").contains(message))
        #expect(try RawHTTP.get("/", port: port).contains("200 OK"))
        try good.write(to: path)
        #expect(events.read(until: "event: reload").contains("event: reload"))
    }
}
