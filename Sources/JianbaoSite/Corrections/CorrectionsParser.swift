import Foundation
import JianbaoReading

/// Reads `corrections.json`: a list of ``Correction``s. Malformed JSON or a value of the wrong type is
/// an error with its line and column; an unknown field, or a correction that says no one thing to
/// do, is a warning, and that correction is left out.
public enum CorrectionsParser {
    public static func parse(_ data: [UInt8], file: String) throws(SiteError) -> ([Correction], [Diagnostic]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(data))
        } catch {
            let (line, column) = SiteConfigParser.position(of: error, in: data)
            throw SiteError(file: file, line: line, column: column, reason: "malformed JSON: \(SiteConfigParser.reason(of: error))")
        }
        guard let list = object as? [Any] else {
            throw SiteError(file: file, line: 1, column: 1, reason: "corrections.json must hold one JSON list of corrections")
        }
        let positions = JSONPositions(data)
        var corrections: [Correction]
        do {
            corrections = try JSONDecoder().decode([Correction].self, from: Data(data))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw error(context.codingPath, "has the wrong type", positions: positions, file: file)
        } catch let DecodingError.keyNotFound(key, context) {
            throw error(context.codingPath, "needs “\(key.stringValue)”", positions: positions, file: file)
        } catch {
            throw SiteError(file: file, line: 1, column: 1, reason: "cannot read corrections.json: \(error)")
        }
        var warnings: [Diagnostic] = []
        func warn(_ path: [String], _ message: String) {
            let at = positions.value(path)
            warnings.append(Diagnostic(file: file, line: at.line, column: at.column, message: message))
        }
        for (index, item) in list.enumerated() {
            let path = [String(index)]
            corrections[index].line = positions.value(path).line
            guard let fields = item as? [String: Any] else { continue }
            for part in Correction.knownFields.keys.sorted() {
                let known = Correction.knownFields[part] ?? []
                let values: [[String: Any]] = part.isEmpty ? [fields]
                    : (fields[part] as? [String: Any]).map { [$0] } ?? (fields[part] as? [[String: Any]] ?? [])
                for (offset, value) in values.enumerated() {
                    let at = part.isEmpty ? path : part == "merge" ? path + [part, String(offset)] : path + [part]
                    for key in value.keys.sorted() where !known.contains(key) {
                        let inPart = part.isEmpty ? "" : " in “\(part)”"
                        let position = positions.key(at + [key])
                        warnings.append(Diagnostic(file: file, line: position.line, column: position.column,
                            message: "unknown field “\(key)”\(inPart); it is ignored (known: \(known.joined(separator: ", ")))"))
                    }
                }
            }
            if let problem = problem(with: corrections[index]) { warn(path, problem + "; this correction is left out") }
        }
        let usable = corrections.filter { problem(with: $0) == nil }
        return (usable, warnings)
    }

    // What makes a correction say no one thing: no target, two targets, or no action for its target.
    static func problem(with correction: Correction) -> String? {
        let targets = [correction.article != nil, correction.figure != nil, correction.merge != nil].filter { $0 }.count
        guard targets == 1 else { return "a correction names one “article”, one “figure” or one “merge”" }
        if let merge = correction.merge, merge.count != 2 { return "“merge” lists the two articles to join" }
        for match in (correction.merge ?? []) + (correction.article.map { [$0] } ?? []) where (match.headline == nil) == (match.firstSentence == nil) {
            return "an article is matched by its “headline” or its “firstSentence”"
        }
        if correction.article != nil, (correction.set == nil) == (correction.furniture == nil) {
            return "a correction of an article has “set” or “furniture”"
        }
        if correction.figure != nil, (correction.set == nil) == (correction.drop != true) {
            return "a correction of a figure has “set” or “drop”: true"
        }
        return nil
    }

    private static func error(_ codingPath: [any CodingKey], _ problem: String, positions: JSONPositions, file: String) -> SiteError {
        let path = codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        let at = positions.value(path)
        return SiteError(file: file, line: at.line, column: at.column, reason: "“\(path.joined(separator: "."))” \(problem)")
    }
}
