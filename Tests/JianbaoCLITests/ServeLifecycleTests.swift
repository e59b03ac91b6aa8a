import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `jianbao serve` as a process: it prints its URL, and SIGINT or SIGTERM stop it cleanly.
@Suite struct ServeLifecycleTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStopsTheServerCleanlyWithNoStagingLeft(signal: Int32) throws {
        let site = try CLI.makeSite()
        let (process, out) = try CLI.spawn(["serve", "--port", "0"], in: site)
        var printed = ""
        let deadline = Date().addingTimeInterval(30)
        while !printed.contains("Serving http://127.0.0.1:"), Date() < deadline {
            printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(printed.contains("Serving http://127.0.0.1:"))
        // An open page keeps an event stream open; stopping must not wait for it.
        let port = printed.split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        let stream = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(stream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let request = Array("GET /__jianbao/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(stream, $0.baseAddress, $0.count, 0) }
        usleep(300_000)
        defer { close(stream) }
        kill(process.processIdentifier, signal)
        let stopBy = Date().addingTimeInterval(10)
        while process.isRunning, Date() < stopBy { usleep(50_000) }
        #expect(!process.isRunning)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/index.html").path))
    }

    @Test func servePortMustBeAPort() throws {
        #expect(try CLI.run(["serve", "--port", "70000"], in: CLI.root).status == 2)
    }
}
