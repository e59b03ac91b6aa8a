import Foundation
import JianbaoReading

/// `jianbao init`: the files of a new site, written only where nothing exists yet.
public enum SiteInit {
    /// What `init` writes, by path relative to the site's folder: site.json with every setting at its
    /// default, an empty reports folder with a note, an about page and, with `templates`, a copy of
    /// the built-in templates to edit.
    public static func files(templates: Bool) -> [String: [UInt8]] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var files: [String: [UInt8]] = [
            "site.json": Array((try? encoder.encode(SiteConfig())) ?? Data("{}".utf8)) + [0x0A],
            "Reports/README.md": Array(reportsNote.utf8),
            "Pages/about.md": Array(aboutPage.utf8),
        ]
        if templates {
            for (path, bytes) in BuiltInTemplates.files { files["Templates/" + path] = bytes }
        }
        return files
    }

    /// Writes the new site's files into `folder` (made if missing); refuses, writing nothing, when any
    /// of them exists. Returns the paths written, sorted.
    @discardableResult
    public static func write(into folder: String, templates: Bool) throws(SiteError) -> [String] {
        let files = files(templates: templates)
        let root = URL(fileURLWithPath: folder)
        let present = files.keys.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }.sorted()
        guard present.isEmpty else {
            let shown = present.prefix(5).joined(separator: ", ") + (present.count > 5 ? " and \(present.count - 5) more" : "")
            throw SiteError(file: folder, line: 0, reason: "not overwriting what is there: \(shown); init a new folder, or move those away")
        }
        for path in files.keys.sorted() {
            let url = root.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(files[path]!).write(to: url, options: .withoutOverwriting)
            } catch {
                throw SiteError(file: url.path, line: 0, reason: "cannot write the file (\(SystemMessage.of(error)))")
            }
        }
        return files.keys.sorted()
    }

    static let reportsNote = """
        # Reports

        Put the newspaper pages here, one plain-text file per page, named `*.txt`: UTF-8, UTF-16 or
        GB18030 (GBK), as scanners and OCR tools save them. Other files, and names starting with a
        dot, are left alone. `jianbao build` reads every report here on each build.

        """

    static let aboutPage = """
        ---
        title: 关于本站
        order: 1
        menu: 关于
        ---

        本站由 Jianbao(简报)根据报纸版面的文字生成:每篇报道、每个区县、每个城市各有一页,另有投资项目页,每个数字都链接到它所在的原句。

        这一页是 `Pages/about.md`,用 Markdown 书写;`menu` 让它出现在每一页的页头,`order` 决定它在菜单中的位置。

        """
}
