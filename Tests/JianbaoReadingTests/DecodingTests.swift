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

    @Test func undecodableBytesNameTheirLine() throws {
        let bytes = [UInt8]("一\n二\n".utf8) + [0xFF, 0xFF, 0xFF]
        let decoded = try ReportDecoder.decode(bytes, file: "bad.txt").get()
        #expect(decoded.text == "一\n二\n\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(decoded.diagnostics.map(\.line) == [3])
        let garbage = [UInt8]("一\n".utf8) + [0xFF, 0xFE, 0x0A, 0xFF, 0x0A, 0x81, 0x30, 0x0A, 0xFF]
        guard case .failure(let error) = ReportDecoder.decode(garbage, file: "bad.txt") else {
            Issue.record("decoded bytes that are mostly not text")
            return
        }
        #expect(error.line == 2)
    }

    @Test func linesInGB18030InsideAUTF8FileAreReadInTheirOwnEncoding() throws {
        let bytes = [UInt8]("张店区召开会议\n".utf8) + [UInt8]("总投资638亿元".data(using: ReportDecoder.gb18030)!) + [UInt8]("\n二行".utf8)
        let decoded = try ReportDecoder.decode(bytes, file: "mixed.txt").get()
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "张店区召开会议\n总投资638亿元\n二行")
        #expect(decoded.diagnostics.map(\.line) == [2])
    }

    @Test func readerSkipsUndecodableFileWithADiagnostic() {
        let (report, diagnostics) = PageReader().read(ReportFile(name: "bin.txt", bytes: [0, 1, 2, 3]))
        #expect(report == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].description.hasPrefix("bin.txt:1: error:"))
    }
}

@Suite struct DamagedTextTests {
    static let paragraph = String(repeating: "重点项目建设稳步推进,全区上下齐心协力。", count: 8)

    @Test func aFewInvalidBytesInUTF8AreMarkedAndReportedWithTheirLine() throws {
        let bytes = [UInt8]("\(Self.paragraph)\n\n第三行".utf8) + [0xFF] + [UInt8]("坏了\n".utf8)
        let decoded = try ReportDecoder.decode(bytes, file: "a.txt").get()
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.contains("第三行\u{FFFD}坏了"))
        #expect(decoded.diagnostics.map(\.line) == [3])
    }

    @Test func strayNULBytesAreRemovedWithAWarning() throws {
        let bytes = [UInt8]("\(Self.paragraph)\n".utf8) + [0] + [UInt8]("第二行\n".utf8)
        let decoded = try ReportDecoder.decode(bytes, file: "a.txt").get()
        #expect(decoded.text == "\(Self.paragraph)\n第二行\n")
        #expect(decoded.diagnostics.first?.line == 2)
        #expect(decoded.diagnostics.first?.message.contains("NUL") == true)
    }

    @Test func gb18030PageIsReadLikeUTF8() throws {
        let text = "张店区召开会议\n\n□ 本报记者 王明\n\n本报淄博讯 ２月１７日,张店区举行签约仪式。"
        let bytes = [UInt8](text.data(using: ReportDecoder.gb18030)!)
        let (report, _) = PageReader().read(ReportFile(name: "gbk.txt", bytes: bytes))
        let article = try #require(report?.articles.first)
        #expect(report?.encoding == .gb18030)
        #expect(article.byline.reporters == ["王明"])
        // Full-width digits are understood for the date while the text keeps them.
        #expect(article.date == ReportDate(year: 2020, month: 2, day: 17))
        #expect(article.paragraphs.first?.text == "２月１７日,张店区举行签约仪式。")
    }
}
