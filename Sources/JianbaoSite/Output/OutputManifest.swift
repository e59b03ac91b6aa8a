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
        var manifest = OutputManifest()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("binary\t") {
                manifest.binary = UInt64(line.dropFirst(7), radix: 16) ?? 0
                continue
            }
            let fields = line.split(separator: "\t", maxSplits: 5)
            guard fields.count == 6, let hash = UInt64(fields[0], radix: 16), let size = Int(fields[1]),
                  let inode = UInt64(fields[2]), let modified = Int64(fields[3]), let view = UInt64(fields[4], radix: 16) else { continue }
            manifest.entries[String(fields[5])] = Entry(hash: hash, size: size, inode: inode, modified: modified, view: view)
        }
        return manifest
    }

    /// Writes the manifest next to the output, replacing the old one in one rename.
    func write(to file: URL) {
        var text = "binary\t\(String(binary, radix: 16))\n"
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(String(entry.hash, radix: 16))\t\(entry.size)\t\(entry.inode)\t\(entry.modified)\t\(String(entry.view, radix: 16))\t\(path)\n"
        }
        try? Data(text.utf8).write(to: file, options: .atomic)
    }

    /// The inode, size and modification time of a file as it is on disk now.
    static func stamp(_ path: String) -> (inode: UInt64, size: Int, modified: Int64)? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (UInt64(info.st_ino), Int(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
