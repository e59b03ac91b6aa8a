import Foundation

/// Which jianbao executable is running, for caches that a changed reader or renderer must not trust.
enum JianbaoBinary {
    /// A fingerprint of the running executable's size and modification time: a rebuilt jianbao gets another.
    static let identity: UInt64 = {
        var info = stat()
        let executable = stat("/proc/self/exe", &info) == 0 ? "/proc/self/exe" : CommandLine.arguments[0]
        guard stat(executable, &info) == 0 else { return 0 }
        return ContentHash.of(Array("\(info.st_size)\u{0}\(info.st_mtim.tv_sec)\u{0}\(info.st_mtim.tv_nsec)".utf8))
    }()
}
