/// The raw bytes of one report file, named by its path relative to the reports folder.
public struct ReportFile: Sendable, Hashable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
