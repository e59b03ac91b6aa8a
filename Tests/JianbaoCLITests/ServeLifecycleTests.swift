import Foundation
import Testing

/// `jianbao serve` as a process: it prints its URL, and SIGINT or SIGTERM stop it cleanly.
@Suite struct ServeLifecycleTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStopsTheServerCleanlyWithNoStagingLeft(signal: Int32) throws {
        let site = try CLI.makeSite()
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = site
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ""
        let deadline = Date().addingTimeInterval(30)
        while !printed.contains("Serving http://127.0.0.1:"), Date() < deadline {
            printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(printed.contains("Serving http://127.0.0.1:"))
        kill(process.processIdentifier, signal)
        let stopBy = Date().addingTimeInterval(10)
        while process.isRunning, Date() < stopBy { usleep(50_000) }
        #expect(!process.isRunning)
        if process.isRunning { process.terminate() }
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
