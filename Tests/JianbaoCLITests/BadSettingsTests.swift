import Foundation
import Testing

/// A bad setting or template is an error with its place, for build, check and serve alike, never a crash.
@Suite struct BadSettingsTests {
    @Test(arguments: ["build", "check"])
    func aNegativeLatestCountIsAnErrorAtItsLine(command: String) throws {
        let site = try CLI.makeSite()
        try Data("{\n  \"title\": \"简报\",\n  \"latestCount\": -1\n}\n".utf8).write(to: site.appendingPathComponent("site.json"))
        let run = try CLI.run([command], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("site.json:3:18: error: “latestCount” must be a whole number from 1 to 1000"), "\(run.stderr)")
    }

    @Test(arguments: ["build", "check"])
    func aSelfIncludingPartialIsAnErrorNamingTheChain(command: String) throws {
        let site = try CLI.makeSite()
        let footer = site.appendingPathComponent("Templates/partials/site-footer.mustache")
        try (try Data(contentsOf: footer) + Data("\n{{> site-footer}}\n".utf8)).write(to: footer)
        let run = try CLI.run([command], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("site-footer.mustache:"))
        #expect(run.stderr.contains("error: templates include themselves: site-footer → site-footer"), "\(run.stderr)")
    }

    @Test func aBaseURLThatIsNotHTTPIsRefusedFromTheCommandLineToo() throws {
        let site = try CLI.makeSite()
        let run = try CLI.run(["build", "--base-url", "javascript:alert(1)"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("--base-url:0: error: the site's address must be an http:// or https:// address"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/feed.xml").path))
    }
}

