import Foundation
import Testing

/// Builds of one site take turns: none deletes another's staging folder, and the live site is whole
/// at every moment.
@Suite(.serialized) struct ConcurrentBuildTests {
    @Test func buildsAtOnceLeaveTheSiteOfOneBuildAndNeverAMomentWithoutItsStylesheet() throws {
        let site = try CLI.makeSite()
        #expect(try CLI.run(["build", "--output", "Single"], in: site).status == 0)
        #expect(try CLI.run(["build"], in: site).status == 0)
        let stylesheet = site.appendingPathComponent("Public/assets/style.css").path
        let report = site.appendingPathComponent("Reports/003_f0c88fd3146f3612.txt")
        let original = try Data(contentsOf: report)
        var missing = 0, polls = 0
        for round in 0..<4 {
            // Every other round edits a report first, so that the builds have pages to write.
            try (round % 2 == 0 ? original + Data("\n另有项目签约,总投资3亿元。\n".utf8) : original).write(to: report)
            let builds = try (0..<3).map { _ in try CLI.spawn(["build", "--quiet"], in: site, errors: true) }
            while builds.contains(where: { $0.0.isRunning }) {
                polls += 1
                if access(stylesheet, R_OK) != 0 { missing += 1 }
            }
            for (process, err) in builds {
                process.waitUntilExit()
                let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                #expect(process.terminationStatus == 0, "\(stderr)")
            }
        }
        #expect(missing == 0, "assets/style.css was missing at \(missing) of \(polls) looks")
        #expect(polls > 100)
        try original.write(to: report)
        #expect(try CLI.run(["build"], in: site).status == 0)
        let built = OutputSafetyTests.everything(site.appendingPathComponent("Public"))
        #expect(built == OutputSafetyTests.everything(site.appendingPathComponent("Single")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("staging") || $0.contains(".old-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aSecondBuildWaitsForTheFirstOrWithNoWaitFails() throws {
        let site = try CLI.makeSite()
        #expect(try CLI.run(["build"], in: site).status == 0)
        // This test holds the lock, as a running build would.
        let descriptor = open(site.appendingPathComponent(".Public.lock").path, O_RDWR)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let refused = try CLI.run(["build", "--no-wait"], in: site)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Public:0: error: another build of this site is running"))
        let (waiting, err) = try CLI.spawn(["build"], in: site, errors: true)
        usleep(400_000)
        #expect(waiting.isRunning, "it waits while the lock is held")
        close(descriptor)
        waiting.waitUntilExit()
        #expect(waiting.terminationStatus == 0)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.contains("waiting for another build of Public to end"))
    }

    @Test func aFifoAndADanglingLinkInReportsAreSkippedAndTheSiteIsBuilt() throws {
        let site = try CLI.makeSite()
        #expect(mkfifo(site.appendingPathComponent("Reports/pipe.txt").path, 0o644) == 0)
        #expect(symlink("nowhere.txt", site.appendingPathComponent("Reports/dangling.txt").path) == 0)
        #expect(symlink("/etc/passwd", site.appendingPathComponent("Reports/passwd.txt").path) == 0)
        let run = try CLI.run(["build"], in: site)
        #expect(run.status == 1, "a skipped file is an error for scripts")
        #expect(run.stderr.contains("pipe.txt:0: error: skipped: a named pipe"))
        #expect(run.stderr.contains("dangling.txt:0: error: skipped: a symbolic link to nothing"))
        #expect(run.stderr.contains("passwd.txt:0: error: skipped: a symbolic link to /etc/passwd, outside the reports folder"))
        #expect(run.stdout.hasPrefix("built 5 reports"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Public/articles").path)
        #expect(!pages.isEmpty)
        #expect(try CLI.run(["check"], in: site).status == 1)
    }
}

extension ConcurrentBuildTests {
    @Test func serveWaitsForABuildOfTheSameSite() throws {
        let site = try CLI.makeSite()
        #expect(try CLI.run(["build"], in: site).status == 0)
        let descriptor = open(site.appendingPathComponent(".Public.lock").path, O_RDWR)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let (process, out) = try CLI.spawn(["serve", "--port", "0"], in: site)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) }; process.waitUntilExit() }
        var printed = ""
        func read(until marker: String) {
            let deadline = Date().addingTimeInterval(30)
            while !printed.contains(marker), Date() < deadline {
                printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
            }
        }
        read(until: "waiting for another build")
        #expect(printed.contains("waiting for another build of Public to end"))
        #expect(!printed.contains("built "), "nothing is built while the lock is held")
        close(descriptor)
        read(until: "Serving http")
        #expect(printed.contains("built 5 reports"))
        kill(process.processIdentifier, SIGTERM)
    }
}
