/// What one correction changed, for `jianbao check`: `corrections.json:4: 003.txt: 区县改为张店区(原为临淄区)`.
public struct CorrectionChange: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var report: String
    public var change: String

    public var description: String { "\(file):\(line): \(report): \(change)" }
}
