import JianbaoReading

// Any bytes as a report file: the reader and the export must return, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let report = PageReader().read(ReportFile(name: "fuzz.txt", bytes: bytes)).report {
        _ = ReportExport(report)
    }
    return 0
}
