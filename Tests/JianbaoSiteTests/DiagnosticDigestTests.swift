import JianbaoReading
import Testing
@testable import JianbaoSite

/// Warnings grouped by kind for a terminal.
@Suite struct DiagnosticDigestTests {
    @Test(arguments: [
        ("joined to the paragraph that breaks off at line 37", "joined to the paragraph that breaks off at line N"),
        ("“临朐县建立“不漏一人”信息网” has no credit line; read as the headline of the article at line 60",
         "“…” has no credit line; read as the headline of the article at line N"),
        ("no figure of a.txt has “3.5亿元”; nothing changed", "no figure of a.txt has “…”; nothing changed"),
        ("date 2020年2月30日 does not exist", "date N年N月N日 does not exist"),
    ])
    func theKindLeavesOutQuotesAndNumbers(_ message: String, _ kind: String) {
        #expect(DiagnosticDigest.kind(of: message) == kind)
    }

    @Test func eachKindShowsAFewAndCountsTheRestAndErrorsAreAllShownFirst() {
        var diagnostics = (1...10).map { Diagnostic(file: "r\($0).txt", line: $0, message: "joined to the paragraph that breaks off at line \($0 + 1)") }
        diagnostics.insert(Diagnostic(file: "x.txt", line: 1, message: "“甲” has no credit line"), at: 2)
        diagnostics.append(Diagnostic(file: "y.txt", line: 0, isError: true, message: "skipped: not text"))
        diagnostics += (1...4).map { Diagnostic(file: "z.txt", line: $0, message: "“乙\($0)” has no credit line") }
        let lines = DiagnosticDigest.lines(diagnostics, examples: 3)
        #expect(lines.first == "y.txt:0: error: skipped: not text")
        #expect(lines[1...3] == ["r1.txt:1: warning: joined to the paragraph that breaks off at line 2",
                                 "r2.txt:2: warning: joined to the paragraph that breaks off at line 3",
                                 "r3.txt:3: warning: joined to the paragraph that breaks off at line 4"])
        #expect(lines[4] == "… and 7 more warnings like these: “joined to the paragraph that breaks off at line N” (jianbao check or build --verbose lists them all)")
        #expect(lines[5] == "x.txt:1: warning: “甲” has no credit line")
        #expect(lines.count == 1 + 4 + 3 + 1)
        #expect(lines.last?.hasPrefix("… and 2 more warnings like these: ““…” has no credit line”") == true)
    }

    @Test func aKindWithOneMoreThanTheExamplesIsShownWhole() {
        let diagnostics = (1...4).map { Diagnostic(file: "r.txt", line: $0, message: "line \($0)") }
        #expect(DiagnosticDigest.lines(diagnostics, examples: 3).count == 4)
    }
}
