import JianbaoTemplates

/// One file of the site and how the render step makes it: a build makes every file, a preview session
/// only those whose input changed.
public struct SiteFile: Sendable {
    public let path: String
    /// Makes the file's input; its bytes are then a pure function of that input (and the templates).
    let make: @Sendable () -> Made
    /// Whether a preview may write it after telling the browser to reload: the site-wide downloads,
    /// which no page needs to show.
    var isLate = false

    /// A file's input, as a digest to compare between builds, and the bytes made from it.
    struct Made {
        /// Equal digests (under the same templates) mean equal bytes; a build never asks for them.
        let digest: () -> Int
        let bytes: () -> [UInt8]
    }

    /// A page: a view rendered with a template; its digest is the view's value as the template reads it.
    static func page(_ path: String, _ template: String, templates: TemplateSet,
                     _ view: @escaping @Sendable () -> some Encodable & Sendable) -> SiteFile {
        SiteFile(path: path) { templates.prepare(view(), with: template) }
    }

    /// A file made straight from a value (a download, an asset): the value's digest is the file's.
    static func data<Input: Encodable>(_ path: String, _ input: @escaping @Sendable () -> Input,
                                       bytes: @escaping @Sendable (Input) -> [UInt8]) -> SiteFile {
        SiteFile(path: path) {
            let value = input()
            return Made(digest: { ViewDigest.of(value) }, bytes: { bytes(value) })
        }
    }

    /// The same file, marked `isLate`.
    var late: SiteFile {
        var file = self
        file.isLate = true
        return file
    }
}
