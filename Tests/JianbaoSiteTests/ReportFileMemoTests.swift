import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

@Suite struct ReportFileMemoTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-memo-\(UUID().uuidString)")

    func write(_ name: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    @Test func itReadsWhatTheFolderReaderReadsAndFollowsEveryChange() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("b.txt", "乙")
        try write("a.txt", "甲")
        try write(".hidden.txt", "隐")
        try write("notes.md", "不是报道")
        let memo = ReportFileMemo()
        let first = try memo.read(folder)
        #expect(first.files == (try ReportFolder.read(folder).files))

        try write("a.txt", "甲二")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.txt"))
        try write("c.txt", "丙")
        let second = try memo.read(folder)
        #expect(second.files == (try ReportFolder.read(folder).files))
        #expect(second.files.map(\.name) == ["a.txt", "c.txt"])
    }

    @Test func anEditThatKeepsTheSizeAndPutsBackTheModificationTimeIsSeen() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("a.txt", "甲乙")
        let path = folder.appendingPathComponent("a.txt").path
        let memo = ReportFileMemo()
        _ = try memo.read(folder)
        var info = stat()
        #expect(stat(path, &info) == 0)
        try write("a.txt", "丙丁")
        let times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
        var now = stat()
        #expect(stat(path, &now) == 0 && now.st_size == info.st_size)
        #expect(now.st_mtim.tv_sec == info.st_mtim.tv_sec && now.st_mtim.tv_nsec == info.st_mtim.tv_nsec)
        #expect(try memo.read(folder).files.first?.bytes == Array("丙丁".utf8), "the change time still differs")
    }

    @Test func aMissingFolderIsAnError() {
        #expect(throws: ReadingError.self) { try ReportFileMemo().read(folder) }
    }
}
