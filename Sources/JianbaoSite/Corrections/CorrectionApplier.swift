import Foundation
import JianbaoReading

/// Applies an editor's corrections to the reports read, before the model is built: a pure function
/// of the reports, the corrections and the gazetteer.
public struct CorrectionApplier {
    public var corrections: [Correction]
    public var gazetteer: Gazetteer
    /// The corrections file's path, for diagnostics.
    public var file: String

    public init(corrections: [Correction], gazetteer: Gazetteer, file: String) {
        self.corrections = corrections
        self.gazetteer = gazetteer
        self.file = file
    }

    /// The corrected reports, what each correction changed, and a warning for each correction that
    /// matches nothing or more than one thing (it then changes nothing).
    public func apply(to reports: [Report]) -> (reports: [Report], changes: [CorrectionChange], warnings: [Diagnostic]) {
        var reports = reports
        let positions = Dictionary(reports.indices.map { (reports[$0].file, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [CorrectionChange] = []
        var warnings: [Diagnostic] = []
        for correction in corrections {
            guard let index = positions[correction.report] else {
                warnings.append(Diagnostic(file: file, line: correction.line, message: "no report named “\(correction.report)” in the reports folder; nothing changed"))
                continue
            }
            var edit = ReportEdit(report: reports[index], gazetteer: gazetteer)
            switch edit.apply(correction) {
            case .success(let notes):
                reports[index] = edit.report
                changes += notes.map { CorrectionChange(file: file, line: correction.line, report: correction.report, change: $0) }
            case .failure(let problem):
                warnings.append(Diagnostic(file: file, line: correction.line, message: "\(problem.reason); nothing changed"))
            }
        }
        return (reports, changes, warnings)
    }
}

/// Why a correction changed nothing.
struct CorrectionProblem: Error {
    var reason: String
}
