import JianbaoReading
import Foundation

/// What the last build wrote: for each file its content hash, the key of the view it was rendered
/// from, and the inode, size and modification time it had, so the next build can keep a file it would
/// write again byte for byte, or a page whose view is unchanged without rendering it.
struct OutputManifest {
    struct Entry: Equatable {
        var hash: UInt64
        var size: Int
        var inode: UInt64
        var modified: Int64
        /// The key of the view the page was rendered from; 0 for files not rendered from a view.
        var view: UInt64 = 0
    }

    /// Which jianbao binary wrote the site: view keys are only trusted from the same one, since a
    /// changed renderer may turn the same view into other bytes.
    var binary: UInt64 = 0
    var entries: [String: Entry] = [:]

    /// The manifest beside `output` (`.Public.manifest` for `Public`), which is never published.
    static func location(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).manifest")
    }

    /// Reads a manifest; a missing or damaged one is empty, which only means every file is written.
    static func read(_ file: URL) -> OutputManifest {
        guard let data = FileManager.default.contents(atPath: file.path) else { return OutputManifest() }
        // Read as bytes: at 10,000 reports the manifest has 27,000 lines, read before every build.
        var manifest = OutputManifest()
        for line in [UInt8](data).split(separator: 0x0A) {
            let fields = line.split(separator: 0x09, maxSplits: 5, omittingEmptySubsequences: false)
            if fields.count == 2, fields[0].elementsEqual("binary".utf8) {
                manifest.binary = number(fields[1], radix: 16) ?? 0
                continue
            }
            guard fields.count == 6, let hash = number(fields[0], radix: 16), let size = number(fields[1], radix: 10),
                  let inode = number(fields[2], radix: 10), let modified = signed(fields[3]), let view = number(fields[4], radix: 16),
                  let size = Int(exactly: size) else { continue }
            manifest.entries[String(decoding: fields[5], as: UTF8.self)] = Entry(hash: hash, size: size, inode: inode, modified: modified, view: view)
        }
        return manifest
    }

    // Digits in base 10 or 16 (lowercase, as `write` makes them); nil for anything else or an overflow.
    private static func number(_ digits: ArraySlice<UInt8>, radix: UInt64) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return value
    }

    private static func signed(_ digits: ArraySlice<UInt8>) -> Int64? {
        if digits.first == UInt8(ascii: "-") { return number(digits.dropFirst(), radix: 10).flatMap { Int64(exactly: $0) }.map { -$0 } }
        return number(digits, radix: 10).flatMap { Int64(exactly: $0) }
    }

    /// Writes the manifest next to the output, replacing the old one in one rename; a warning if it cannot.
    func write(to file: URL) -> Diagnostic? {
        var text = "binary\t\(String(binary, radix: 16))\n"
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(String(entry.hash, radix: 16))\t\(entry.size)\t\(entry.inode)\t\(entry.modified)\t\(String(entry.view, radix: 16))\t\(path)\n"
        }
        return StoreFile.tryWrite(Array(text.utf8), to: file.path, what: "the list of files this build wrote")
    }

    /// The inode, size and modification time of a file as it is on disk now.
    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return stamp(info)
    }

    /// What tells a file apart from a changed one, from its `stat`.
    typealias Stamp = (inode: UInt64, size: Int, modified: Int64)

    static func stamp(_ info: stat) -> Stamp {
        (UInt64(info.st_ino), Int(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
