import Crypto

/// A 64-bit fingerprint of bytes, the same in every process: the first eight bytes of their SHA-256.
/// It tells changed output files and reports, and makes the preview server's ETags.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        SHA256.hash(data: bytes).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self).littleEndian }
    }
}
