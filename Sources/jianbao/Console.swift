import Foundation

/// Writes diagnostics to standard error, one `file:line: kind: message` per line.
enum Console {
    static func error(_ text: some CustomStringConvertible) {
        FileHandle.standardError.write(Data((text.description + "\n").utf8))
    }
}
