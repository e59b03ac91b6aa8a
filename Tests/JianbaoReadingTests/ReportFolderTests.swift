import Foundation
import Testing
@testable import JianbaoReading

/// One bad entry in the reports folder is skipped with its own error; the rest are read.
@Suite struct ReportFolderTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-folder-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("甲".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("乙".utf8).write(to: folder.appendingPathComponent("B.TXT"))
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Each bad entry, how it is made, and what its error must say.
    static let badEntries: [(name: String, reason: String, make: @Sendable (String, String) -> Int32)] = [
        ("pipe.txt", "a named pipe", { _, path in mkfifo(path, 0o644) }),
        ("dangling.txt", "a symbolic link to nothing", { _, path in symlink("gone.txt", path) }),
        ("loop.txt", "a symbolic link in a loop", { _, path in symlink("loop.txt", path) }),
        ("folder.txt", "a folder, not a report file", { _, path in mkdir(path, 0o755) }),
        ("passwd.txt", "outside the reports folder; it is not followed", { _, path in symlink("/etc/passwd", path) }),
        ("null.txt", "outside the reports folder", { _, path in symlink("/dev/null", path) }),
    ]

    @Test func badEntriesAreSkippedOneByOneAndTheRestRead() throws {
        for entry in Self.badEntries { #expect(entry.make(folder.path, path(entry.name)) == 0, "\(entry.name)") }
        #expect(symlink("a.txt", path("alias.txt")) == 0)
        let read = try ReportFolder.read(folder)
        #expect(read.files.map(\.name) == ["B.TXT", "a.txt", "alias.txt"], "a link inside the folder is followed")
        #expect(read.files.last?.bytes == Array("甲".utf8))
        #expect(read.skipped.count == Self.badEntries.count)
        for entry in Self.badEntries {
            let error = read.skipped.first { $0.file == entry.name }
            #expect(error?.severity == .error, "\(entry.name)")
            #expect(error?.message.contains(entry.reason) == true, "\(entry.name): \(error?.message ?? "not skipped")")
        }
    }

    @Test func aNameThatIsNotUTF8IsSkippedAndShownWithItsBytes() throws {
        let name: [CChar] = Array("bad-".utf8CString.dropLast()) + [CChar(bitPattern: 0xB1), CChar(bitPattern: 0xA8)] + Array(".txt".utf8CString)
        let full = Array(folder.path.utf8CString.dropLast()) + [CChar(UInt8(ascii: "/"))] + name
        let descriptor = open(full, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
        let read = try ReportFolder.read(folder)
        #expect(read.files.map(\.name) == ["B.TXT", "a.txt"])
        #expect(read.skipped.map(\.file) == ["bad-\\xb1\\xa8.txt"])
        #expect(read.skipped.first?.message.contains("not valid UTF-8") == true)
    }

    @Test func aDeviceIsSkipped() throws {
        // Making a device node needs privileges; where it cannot be made there is nothing to test.
        guard mknod(path("device.txt"), S_IFCHR | 0o644, dev_t((1 << 8) | 3)) == 0 else { return }
        let read = try ReportFolder.read(folder)
        #expect(read.skipped.map(\.message) == ["skipped: a device, not a report file"])
    }

    @Test func aFileThatCannotBeOpenedIsSkipped() throws {
        guard getuid() != 0 else { return }
        chmod(path("a.txt"), 0)
        let read = try ReportFolder.read(folder)
        #expect(read.files.map(\.name) == ["B.TXT"])
        #expect(read.skipped.first?.message == "skipped: cannot read the file: permission denied")
    }

    @Test(arguments: [
        ("plain.txt", "plain.txt"),
        ("行\n换.txt", "行\\n换.txt"),
        ("tab\t.txt", "tab\\t.txt"),
        ("esc\u{1B}[31m.txt", "esc\\u{1b}[31m.txt"),
    ])
    func namesArePrintedOnOneLine(name: String, shown: String) {
        #expect(Printable.name(name) == shown)
    }

    @Test func aReportIsReadWholeWhateverItsSize() throws {
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: 3 * 65_536 + 17)
        try Data(big).write(to: folder.appendingPathComponent("big.txt"))
        #expect(try ReportFolder.read(folder).files.first { $0.name == "big.txt" }?.bytes == big)
    }
}

@Suite struct SystemMessageTests {
    @Test(arguments: [
        (ENOSPC, "no space left on the device"),
        (EROFS, "the file system is read-only"),
        (EACCES, "permission denied"),
        (EPERM, "permission denied"),
        (EISDIR, "it is a folder, not a file"),
        (ELOOP, "too many symbolic links (a link loop?)"),
    ])
    func errnoIsSaidInWords(code: Int32, words: String) {
        #expect(SystemMessage.of(code) == words)
    }

    @Test func foundationErrorsAreSaidByTheirPOSIXCode() {
        let error = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(SystemMessage.of(error) == "no space left on the device")
    }
}

/// A report being saved in pieces is read once it holds still, not half-written.
@Suite struct SaveInProgressTests {
    @Test func aFileStillBeingWrittenIsReadWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-saving-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("saving.txt").path
        let pieces = (0..<8).map { Array("第\($0)段,总投资\($0)亿元。\n".utf8) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        _ = pieces[0].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        // The rest arrives in pieces 5 ms apart, as from an editor writing in place.
        let writer = Thread {
            for piece in pieces.dropFirst() {
                usleep(5_000)
                _ = piece.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            }
            close(descriptor)
        }
        writer.start()
        let read = try ReportFolder.readFile(URL(fileURLWithPath: path), name: "saving.txt").get()
        #expect(read.bytes == pieces.flatMap { $0 })
    }
}
