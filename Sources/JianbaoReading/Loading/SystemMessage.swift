import Foundation

/// What a failed system call's `errno` means, in words a user can act on.
public enum SystemMessage {
    /// The words for `code`: the common failures said plainly, any other as the system says it.
    public static func of(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "no space left on the device"
        case EDQUOT: "the disk quota is used up"
        case EROFS: "the file system is read-only"
        case EACCES, EPERM: "permission denied"
        case ENOENT: "no such file or folder"
        case ENOTDIR: "a part of the path is a file, not a folder"
        case EISDIR: "it is a folder, not a file"
        case ELOOP: "too many symbolic links (a link loop?)"
        case ENAMETOOLONG: "the name is too long"
        case EMFILE, ENFILE: "too many open files"
        case EIO: "an input/output error (a failing disk?)"
        default: String(cString: strerror(code))
        }
    }

    /// The words for an error thrown by Foundation, from its POSIX code when it carries one.
    public static func of(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return of(Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return of(Int32(nsError.code)) }
        if let posix = error as? POSIXError { return of(posix.code.rawValue) }
        return nsError.localizedDescription
    }
}
