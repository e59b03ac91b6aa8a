import Foundation
import Testing
@testable import JianbaoReading

@Suite struct DecodingTests {
    static let text = "张店区\r\n总投资638亿元\r二行"

    static func encoded(_ encoding: String.Encoding, prefix: [UInt8] = []) -> [UInt8] {
        prefix + [UInt8](text.data(using: encoding)!)
    }

    @Test(arguments: [
        (encoded(.utf8), TextEncoding.utf8),
        (encoded(.utf8, prefix: [0xEF, 0xBB, 0xBF]), .utf8BOM),
        (encoded(.utf16LittleEndian, prefix: [0xFF, 0xFE]), .utf16LE),
        (encoded(.utf16BigEndian, prefix: [0xFE, 0xFF]), .utf16BE),
        (encoded(ReportDecoder.gb18030), .gb18030),
    ])
    func detectsEncodingAndNormalisesLineEnds(bytes: [UInt8], expected: TextEncoding) throws {
        let decoded = try ReportDecoder.decode(bytes, file: "a.txt").get()
        #expect(decoded.encoding == expected)
        #expect(decoded.text == "张店区\n总投资638亿元\n二行")
    }

    @Test(arguments: [
        ([0x00, 0x01, 0x02, 0xFF, 0x00], "NUL"),
        ([0x41, 0x0A, 0x42, 0x0A, 0xFF, 0xFE, 0xFD, 0x80, 0x81, 0xFF], "neither"),
        ([0xFF, 0xFE, 0x41], "UTF-16"),
    ] as [([UInt8], String)])
    func rejectsWhatIsNotText(bytes: [UInt8], reason: String) {
        guard case .failure(let error) = ReportDecoder.decode(bytes, file: "bad.txt") else {
            Issue.record("decoded bytes that are not text")
            return
        }
        #expect(error.file == "bad.txt")
        #expect(error.reason.contains(reason))
    }

    @Test func undecodableBytesNameTheirLine() {
        let bytes = [UInt8]("一\n二\n".utf8) + [0xFF, 0xFF, 0xFF]
        guard case .failure(let error) = ReportDecoder.decode(bytes, file: "bad.txt") else {
            Issue.record("decoded invalid bytes")
            return
        }
        #expect(error.line == 3)
    }

    @Test func readerSkipsUndecodableFileWithADiagnostic() {
        let (report, diagnostics) = PageReader().read(ReportFile(name: "bin.txt", bytes: [0, 1, 2, 3]))
        #expect(report == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].description.hasPrefix("bin.txt:1: warning:"))
    }
}
