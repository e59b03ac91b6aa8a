/// A request target turned into path components under the site folder, or the reason it is refused.
///
/// Everything that could reach outside `Public/` is refused before any file is looked at: `..` in any
/// spelling (`%2e%2e`, `%2f`, overlong UTF-8), backslashes, NUL bytes, absolute or scheme targets.
public enum RequestPath {
    public enum Rejection: Error, Sendable, Hashable {
        /// Malformed or dangerous: 400.
        case badRequest(String)
        /// Well formed but names nothing we serve (a hidden file): 404.
        case notFound
    }

    /// The longest target accepted; longer ones are refused rather than looked up.
    static let longestTarget = 4096

    /// The components of an origin-form target such as `/articles/%E4%B8%AD.html?x=1`.
    public static func components(of target: String) -> Result<[String], Rejection> {
        guard target.utf8.count <= longestTarget else { return .failure(.badRequest("request target too long")) }
        var path = Substring(target)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard path.hasPrefix("/"), !path.hasPrefix("//") else { return .failure(.badRequest("only paths from the site root")) }
        guard !path.contains("\\") else { return .failure(.badRequest("backslash in path")) }
        guard let bytes = percentDecoded(path) else { return .failure(.badRequest("bad percent-encoding")) }
        guard !bytes.contains(0) else { return .failure(.badRequest("NUL byte in path")) }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { return .failure(.badRequest("path is not UTF-8")) }
        guard !decoded.contains("\\") else { return .failure(.badRequest("backslash in path")) }
        var components: [String] = []
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." || component == ".." || component.hasPrefix("..") && component.allSatisfy({ $0 == "." }) {
                return .failure(.badRequest("dot segments in path"))
            }
            // Hidden files (.gitkeep, editors' swap files) are not part of the site.
            if component.hasPrefix(".") { return .failure(.notFound) }
            components.append(String(component))
        }
        return .success(components)
    }

    // Decodes %XX escapes once; a stray % or a bad hex digit makes the target malformed.
    static func percentDecoded(_ text: Substring) -> [UInt8]? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
