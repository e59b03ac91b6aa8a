import Foundation

/// Runs the built `jianbao` binary in a folder and captures what it prints.
struct CLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jianbao")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/jianbao")
    }

    /// Runs jianbao with `arguments` in `folder`; `environment` adds to or replaces the inherited variables.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:], executable: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Starts jianbao with `arguments` in `folder` without waiting for it; the pipe carries its
    /// standard output, or its standard error when `errors` is set, and the other goes nowhere.
    static func spawn(_ arguments: [String], in folder: URL, errors: Bool = false) throws -> (process: Process, pipe: Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = errors ? FileHandle.nullDevice : pipe
        process.standardError = errors ? pipe : FileHandle.nullDevice
        try process.run()
        return (process, pipe)
    }

    /// A temporary site with the repository's templates, site.json and sample reports.
    static func makeSite() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for item in ["Templates", "Reports", "site.json"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(item), to: site.appendingPathComponent(item))
        }
        return site
    }

    /// Gives every file and folder under `folder` to the user `uid` (and the group of the same number).
    static func chownTree(_ folder: URL, to uid: uid_t) throws {
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)! {
            lchown(folder.appendingPathComponent(path).path, uid, gid_t(uid))
        }
    }
}
