import Foundation

/// The default templates and assets, carried in the binary (made from the repository's `Templates/`
/// when jianbao is built): a site's own `Templates/` overrides them file by file.
public enum BuiltInTemplates {
    /// Every built-in file by its path under `Templates/` (`article.mustache`, `assets/style.css`).
    public static let files: [String: [UInt8]] = Dictionary(
        uniqueKeysWithValues: builtInFiles.map { ($0.path, Data(base64Encoded: $0.base64).map(Array.init) ?? []) })
}
