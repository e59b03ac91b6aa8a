import Foundation
import JianbaoReading

/// A file of the site that could not be written, with the system's reason.
struct WriteFailure: LocalizedError, CustomStringConvertible {
    var path: String
    var code: Int32

    var description: String { "\(Printable.name(path)): \(SystemMessage.of(code))" }
    var errorDescription: String? { description }
}
