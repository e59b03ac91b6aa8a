import Foundation
import JianbaoReading

/// Decides whether a build may replace the output folder: only a folder Jianbao made, or an empty or
/// new one, and never one that is, holds or lies inside the project's own folders.
public enum OutputGuard {
    /// The file every built site holds, which tells a later build that the folder is Jianbao's.
    public static let markerName = ".jianbao-site"
    /// What the marker says to someone who finds it.
    static let markerText = Array("This folder is written by jianbao build, which replaces all of it on every build.\n".utf8)
    /// Files that leave a folder empty for this purpose (git's placeholder, the Finder's notes).
    static let ignorable: Set<String> = [".gitkeep", ".DS_Store"]

    /// The folders an output must keep clear of.
    public struct Protected: Sendable {
        /// Folders the output may not be, hold, or lie inside, with what they are called in messages.
        public var sources: [(path: String, name: String)]
        /// Folders the output may not be or hold (it may lie inside them).
        public var containers: [(path: String, name: String)]

        /// The reports and templates folders of `config`, the folder of its site.json, the home folder and `/`.
        public init(config: SiteConfig, siteFolder: String) {
            sources = [(config.reports, "the reports folder \(config.reports)"), (config.templates, "the templates folder \(config.templates)")]
            containers = [(siteFolder, "the site's own folder \(siteFolder)"), ("/", "the root folder /")]
            if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { containers.append((home, "the home folder \(home)")) }
            if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
                containers.append((String(cString: directory), "the home folder \(String(cString: directory))"))
            }
        }
    }

    /// Throws, touching nothing, when `output` may not be built into.
    public static func check(_ output: String, protected: Protected) throws(SiteError) {
        let target = CanonicalPath.of(output)
        for source in protected.sources {
            let folder = CanonicalPath.of(source.path)
            if CanonicalPath.isWithin(target, folder) || CanonicalPath.isWithin(folder, target) {
                throw refusal(output, "it \(target == folder ? "is" : CanonicalPath.isWithin(target, folder) ? "lies inside" : "holds") \(source.name)")
            }
        }
        for container in protected.containers {
            let folder = CanonicalPath.of(container.path)
            if CanonicalPath.isWithin(folder, target) {
                throw refusal(output, "it \(target == folder ? "is" : "holds") \(container.name)")
            }
        }
        // The folder as the build will name it: `Linked/` with its slash would look through a link.
        let path = URL(fileURLWithPath: output).standardizedFileURL.path
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw refusal(output, "it is a symbolic link; pass the folder it points to, if that folder is Jianbao's")
        default: throw refusal(output, "it is a file, not a folder")
        }
        guard !isJianbaos(path) else { return }
        let names = (FolderEntries.list(path) ?? []).map(\.name).filter { !ignorable.contains($0) }.sorted()
        guard names.isEmpty else {
            let shown = names.prefix(3).map { Printable.name($0) }.joined(separator: ", ") + (names.count > 3 ? ", …" : "")
            throw SiteError(file: output, line: 0, reason: "the output folder holds files Jianbao did not make (\(shown)), "
                + "which a build would replace; empty it or move them away, or pass another --output")
        }
    }

    /// Whether `output` holds the marker a build leaves: gone, the folder was removed or replaced.
    static func isMarked(_ output: String) -> Bool {
        var info = stat()
        return lstat(output + "/" + markerName, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Whether a Jianbao build made `output`: its marker, or the manifest older builds kept beside it.
    static func isJianbaos(_ output: String) -> Bool {
        var info = stat()
        let target = URL(fileURLWithPath: output).standardizedFileURL
        return isMarked(output) || lstat(OutputManifest.location(of: target).path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    private static func refusal(_ output: String, _ why: String) -> SiteError {
        SiteError(file: output, line: 0, reason: "refusing to build into this folder: \(why); a build replaces all of its output folder. Pass another --output (or set \"output\" in site.json)")
    }
}
