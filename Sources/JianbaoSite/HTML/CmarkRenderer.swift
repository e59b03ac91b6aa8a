import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders CommonMark to HTML with the system cmark: the only file that calls its C API.
public enum CmarkRenderer {
    /// HTML for `markdown`, in safe mode: raw HTML is omitted and unsafe URLs are dropped.
    public static func html(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE
        var source = markdown
        let document = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        guard let document else { return "" }
        defer { cmark_node_free(document) }
        guard let buffer = cmark_render_html(document, options) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }
}
