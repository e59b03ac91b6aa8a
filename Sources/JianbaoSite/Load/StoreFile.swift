import Foundation

/// Writes one file of the caches beside the output so that it is whole or absent.
enum StoreFile {
    /// Marks the names of files being written; a folder's pruning leaves them to their writer.
    static let partMark = ".part-"

    /// Writes `bytes` aside and renames them to `path`, so a killed build never leaves half a file
    /// under the real name.
    static func write(_ bytes: [UInt8], to path: String) {
        let aside = path + partMark + "\(ProcessInfo.processInfo.processIdentifier)"
        if FileManager.default.createFile(atPath: aside, contents: Data(bytes)), rename(aside, path) != 0 {
            try? FileManager.default.removeItem(atPath: aside)
        }
    }
}
