import ArgumentParser
import Foundation
import JianbaoReading
import JianbaoSite

/// Writes diagnostics to standard error, one `file:line: kind: message` per line.
enum Console {
    static func error(_ text: some CustomStringConvertible) {
        FileHandle.standardError.write(Data((text.description + "\n").utf8))
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
