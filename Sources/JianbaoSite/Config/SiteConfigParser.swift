import Foundation

/// Parses site.json text into a `SiteConfig`, warning about unknown keys.
public enum SiteConfigParser {
    /// The config and its warnings, or an error naming the line and column of malformed JSON.
    public static func parse(_ data: [UInt8], file: String) throws(SiteError) -> (SiteConfig, [SiteDiagnostic]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(data))
        } catch {
            let (line, column) = position(of: error, in: data)
            throw SiteError(file: file, line: line, column: column, reason: "malformed JSON: \(reason(of: error))")
        }
        guard let root = object as? [String: Any] else {
            throw SiteError(file: file, line: 1, column: 1, reason: "site.json must hold one JSON object")
        }
        var warnings: [SiteDiagnostic] = []
        let text = String(decoding: data, as: UTF8.self)
        func warnUnknown(_ dictionary: [String: Any], known: [String], context: String) {
            for key in dictionary.keys.sorted() where !known.contains(key) {
                warnings.append(SiteDiagnostic(file: file, line: line(ofKey: key, in: text),
                    message: "unknown key “\(key)”\(context); it is ignored (known: \(known.joined(separator: ", ")))"))
            }
        }
        warnUnknown(root, known: SiteConfig.CodingKeys.allCases.map(\.rawValue), context: "")
        for place in root["places"] as? [[String: Any]] ?? [] {
            warnUnknown(place, known: PlaceConfig.CodingKeys.allCases.map(\.rawValue), context: " in places")
        }
        do {
            return (try JSONDecoder().decode(SiteConfig.self, from: Data(data)), warnings)
        } catch let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context) {
            let key = context.codingPath.last?.stringValue ?? "?"
            throw SiteError(file: file, line: line(ofKey: key, in: text), column: 1,
                reason: "“\(context.codingPath.map(\.stringValue).joined(separator: "."))” must be \(describe(type))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw SiteError(file: file, line: 1, column: 1,
                reason: "“\(key.stringValue)” is required in \(context.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch {
            throw SiteError(file: file, line: 1, column: 1, reason: "cannot read site.json: \(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        default: "\(type)"
        }
    }

    private static func reason(of error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return text.replacingOccurrences(of: #" around (line \d+, column \d+|character \d+)\.?"#, with: "", options: .regularExpression)
    }

    // Foundation reports "around character N" (a byte offset) or "around line L, column C".
    static func position(of error: Error, in data: [UInt8]) -> (Int, Int) {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        if text.contains("line"), numbers.count >= 2 { return (numbers[numbers.count - 2], numbers[numbers.count - 1]) }
        guard text.contains("character"), let offset = numbers.last else { return (1, 1) }
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    private static func line(ofKey key: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains("\"\(key)\"") {
            return index + 1
        }
        return 1
    }
}
