import JianbaoReading

// Any text to the number, amount and date parsers: they must return ranges inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func numberFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = text.count
    for quantity in QuantityScanner.quantities(in: text) {
        precondition(quantity.range.lowerBound >= 0 && quantity.range.upperBound <= length)
    }
    _ = DateFinder.firstDate(in: text, defaultYear: 2020)
    return 0
}
