import Foundation
import Testing

/// A serve process that rebuilds after every save does not grow: measured on a process of its own,
/// since other tests allocate in this one.
@Suite struct ServeMemoryTests {
    static func resident(_ pid: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    @Test func serveDoesNotGrowOverItsRebuilds() throws {
        let site = try CLI.makeSite()
        var text = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Reports").path).sorted() {
            text += try String(contentsOf: site.appendingPathComponent("Reports/\(name)"), encoding: .utf8)
        }
        let saved = site.appendingPathComponent("Reports/saved.txt")
        try Data(text.utf8).write(to: saved)
        let (process, out) = try CLI.spawn(["serve", "--port", "0"], in: site)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) }; process.waitUntilExit() }
        var printed = ""
        var builds = 0
        func waitForBuild() {
            let deadline = Date().addingTimeInterval(60)
            // Each build ends with its summary line.
            while printed.split(separator: "\n").filter({ $0.hasPrefix("built ") }).count <= builds, Date() < deadline {
                printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
            }
            builds += 1
        }
        waitForBuild()
        var sizes: [Int: Int] = [:]
        for save in 1...120 {
            try Data((text + "\n第\(save)次保存,总投资\(save)亿元。\n").utf8).write(to: saved)
            waitForBuild()
            if save == 20 || save == 120 { sizes[save] = Self.resident(process.processIdentifier) }
        }
        let early = try #require(sizes[20]), late = try #require(sizes[120])
        #expect(early > 0)
        #expect(Double(late) <= Double(early) * 1.1, "resident \(early) KB after 20 rebuilds, \(late) KB after 120")
        kill(process.processIdentifier, SIGTERM)
    }
}
