import JianbaoReading
import Foundation

/// Parses site.json text into a `SiteConfig`, warning about unknown keys.
public enum SiteConfigParser {
    /// The config and its warnings, or an error naming the line and column of malformed JSON.
    public static func parse(_ data: [UInt8], file: String) throws(SiteError) -> (SiteConfig, [Diagnostic]) {
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
        let positions = JSONPositions(data)
        var warnings: [Diagnostic] = []
        func warnUnknown(_ dictionary: [String: Any], at path: [String], known: [String], context: String) {
            for key in dictionary.keys.sorted() where !known.contains(key) {
                let at = positions.key(path + [key])
                warnings.append(Diagnostic(file: file, line: at.line, column: at.column,
                    message: "unknown key “\(key)”\(context); it is ignored (known: \(known.joined(separator: ", ")))"))
            }
        }
        warnUnknown(root, at: [], known: SiteConfig.CodingKeys.allCases.map(\.rawValue), context: "")
        for (index, place) in (root["places"] as? [Any] ?? []).enumerated() {
            guard let place = place as? [String: Any] else { continue }
            warnUnknown(place, at: ["places", String(index)], known: PlaceConfig.CodingKeys.allCases.map(\.rawValue), context: " in places")
        }
        // Foundation's decoder says only "not valid JSON" of 2.5 or 1e30 where a whole number goes.
        for key in SiteConfigRules.wholeNumberKeys {
            if let number = root[key] as? NSNumber, !SiteConfigRules.isWholeNumber(number) {
                let at = positions.value([key])
                throw SiteError(file: file, line: at.line, column: at.column, reason: "“\(key)” must be a whole number")
            }
        }
        let config: SiteConfig
        do {
            config = try JSONDecoder().decode(SiteConfig.self, from: Data(data))
        } catch let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context) {
            throw error(at: context.codingPath, "must be \(describe(type))")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw error(at: context.codingPath, "does not fit: \(context.debugDescription)")
        } catch let DecodingError.keyNotFound(key, context) {
            let at = positions.value(path(of: context.codingPath))
            throw SiteError(file: file, line: at.line, column: at.column,
                reason: "“\(key.stringValue)” is required in \(dotted(context.codingPath))")
        } catch {
            throw SiteError(file: file, line: 1, column: 1, reason: "cannot read site.json: \(error)")
        }
        func error(at codingPath: [any CodingKey], _ problem: String) -> SiteError {
            let at = positions.value(path(of: codingPath))
            return SiteError(file: file, line: at.line, column: at.column, reason: "“\(dotted(codingPath))” \(problem)")
        }
        if let (codingPath, problem) = SiteConfigRules.firstProblem(in: config) {
            let at = positions.value(codingPath)
            throw SiteError(file: file, line: at.line, column: at.column, reason: "“\(codingPath.joined(separator: "."))” \(problem)")
        }
        return (config, warnings)
    }

    private static func path(of codingPath: [any CodingKey]) -> [String] {
        codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
    }

    private static func dotted(_ codingPath: [any CodingKey]) -> String {
        path(of: codingPath).joined(separator: ".")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is [PlaceConfig].Type: "a list of places, each an object with a “name”"
        case is [String].Type: "a list of strings"
        case is [Any].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "\(type)"
        }
    }

    static func reason(of error: Error) -> String {
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
}
