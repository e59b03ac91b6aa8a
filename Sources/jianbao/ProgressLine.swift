import Foundation
import JianbaoSite

/// Shows a build's progress on one terminal line once it has run for a second; silent otherwise.
final class ProgressLine: @unchecked Sendable {
    let progress = BuildProgress()
    private let enabled: Bool
    private let done = DispatchSemaphore(value: 0)
    private var shown = false

    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Runs `body`, updating the line every tenth of a second from its own thread.
    func run<T>(_ body: (BuildProgress) throws -> T) rethrows -> T {
        guard enabled else { return try body(progress) }
        let start = Date()
        let thread = Thread { [self] in
            while done.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
                guard Date().timeIntervalSince(start) > 1 else { continue }
                let counts = progress.current
                let pages = counts.pagesTotal > 0 ? ", wrote \(counts.pagesWritten)/\(counts.pagesTotal) files" : ""
                FileHandle.standardError.write(Data("\r\u{1B}[2Kread \(counts.filesRead)/\(counts.filesTotal) reports\(pages)".utf8))
                shown = true
            }
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            done.signal()
        }
        thread.start()
        defer {
            done.signal()
            done.wait()
        }
        return try body(progress)
    }
}
