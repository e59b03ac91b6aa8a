import JianbaoReading
import Foundation

/// What the last build wrote: each file's content hash and the inode, size and modification time it
/// had, so the next build can keep a file it would write again byte for byte.
struct OutputManifest {
    /// What tells a file apart from a changed one, from its `stat`.
    struct Stamp: Equatable {
        var inode: UInt64
        var size: Int
        var modified: Int64
    }

    struct Entry: Equatable {
        var hash: UInt64
        var stamp: Stamp
    }

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
            let fields = line.split(separator: 0x09, maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, let hash = number(fields[0], radix: 16), let size = number(fields[1], radix: 10).flatMap(Int.init(exactly:)),
                  let inode = number(fields[2], radix: 10), let modified = number(fields[3], radix: 10).flatMap(Int64.init(exactly:)) else { continue }
            let stamp = Stamp(inode: inode, size: size, modified: modified)
            manifest.entries[String(decoding: fields[4], as: UTF8.self)] = Entry(hash: hash, stamp: stamp)
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

    /// Writes the manifest next to the output, replacing the old one in one rename; a warning if it cannot.
    func write(to file: URL) -> Diagnostic? {
        var text = ""
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(String(entry.hash, radix: 16))\t\(entry.stamp.size)\t\(entry.stamp.inode)\t\(entry.stamp.modified)\t\(path)\n"
        }
        return StoreFile.tryWrite(Array(text.utf8), to: file.path, what: "the list of files this build wrote")
    }

    /// The inode, size and modification time of a regular file as it is on disk now.
    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_mtim.tv_sec >= 0 else { return nil }
        return Stamp(inode: UInt64(info.st_ino), size: Int(info.st_size),
                     modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
