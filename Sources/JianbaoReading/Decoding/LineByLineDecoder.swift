import Foundation

/// Decodes a file that is not valid UTF-8 as a whole: all GB18030, or UTF-8 and GB18030 lines mixed.
///
/// Pasting text from several sources leaves files with lines in two encodings; reading each line
/// in the encoding it is valid in loses nothing, and each line read differently gets a diagnostic.
enum LineByLineDecoder {
    enum Outcome {
        /// No line is UTF-8 beyond ASCII: decode the whole file as GB18030.
        case gb18030
        case mixed(text: String, encoding: TextEncoding, diagnostics: [Diagnostic])
        /// Too much is neither: the first such line.
        case undecodable(line: Int)
    }

    static let reportedLines = 10

    static func decode(_ bytes: [UInt8], file: String) -> Outcome {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        var utf8Lines = 0
        var otherLines: [Int] = []
        for (index, line) in lines.enumerated() where line.contains(where: { $0 >= 0x80 }) {
            if String(validating: line, as: UTF8.self) != nil { utf8Lines += 1 } else { otherLines.append(index) }
        }
        if utf8Lines == 0 { return .gb18030 }

        var decoded: [String] = []
        var gbLines: [Int] = []
        var badLines: [Int] = []
        for (index, line) in lines.enumerated() {
            if let text = String(validating: line, as: UTF8.self) {
                decoded.append(text)
            } else if let text = String(data: Data(line), encoding: ReportDecoder.gb18030), !text.contains("\u{FFFD}") {
                decoded.append(text)
                gbLines.append(index + 1)
            } else {
                decoded.append(String(decoding: line, as: UTF8.self))
                badLines.append(index + 1)
            }
        }
        // Mostly damage rather than text in another encoding: not a report.
        if badLines.count > 2 * (utf8Lines + gbLines.count) { return .undecodable(line: badLines[0]) }
        let encoding: TextEncoding = gbLines.count > utf8Lines ? .gb18030 : .utf8
        var diagnostics: [Diagnostic] = []
        let minority = encoding == .utf8 ? gbLines : []
        for line in minority.prefix(reportedLines) {
            diagnostics.append(Diagnostic(file: file, line: line,
                message: "this line is GB18030 in a UTF-8 file; read as GB18030 — save the file as UTF-8"))
        }
        if encoding == .gb18030 {
            diagnostics.append(Diagnostic(file: file, line: 1,
                message: "\(utf8Lines) line(s) are UTF-8 in a GB18030 file; each line was read in its own encoding"))
        }
        for line in badLines.prefix(reportedLines) {
            diagnostics.append(Diagnostic(file: file, line: line,
                message: "invalid bytes shown as \u{FFFD}; check this line against the original"))
        }
        let more = minority.count + badLines.count - min(minority.count, reportedLines) - min(badLines.count, reportedLines)
        if more > 0 {
            diagnostics.append(Diagnostic(file: file, line: (minority + badLines).max() ?? 1,
                message: "\(more) more line(s) like the ones above"))
        }
        return .mixed(text: decoded.joined(separator: "\n"), encoding: encoding, diagnostics: diagnostics)
    }
}
