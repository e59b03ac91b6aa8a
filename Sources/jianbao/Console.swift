import ArgumentParser
import Foundation
import JianbaoReading
import JianbaoSite

/// Writes diagnostics to standard error, one `file:line: kind: message` per line.
enum Console {
    static func error(_ text: some CustomStringConvertible) {
        FileHandle.standardError.write(Data((text.description + "\n").utf8))
    }

    /// Prints `diagnostics`: all of them when `verbose` or when standard error is not a terminal (a
    /// log, a pipe, a test), else grouped by kind.
    static func report(_ diagnostics: [Diagnostic], verbose: Bool) {
        if verbose || isatty(STDERR_FILENO) != 1 {
            diagnostics.forEach(error)
        } else {
            DiagnosticDigest.lines(diagnostics).forEach(error)
        }
    }

    /// Runs a command body, printing a build or reading error and exiting with 1.
    static func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as SiteError {
            Console.error(error)
            throw ExitCode(1)
        } catch let error as ReadingError {
            Console.error(error)
            throw ExitCode(1)
        }
    }
}
