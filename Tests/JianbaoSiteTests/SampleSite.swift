import Foundation
import JianbaoReading
@testable import JianbaoSite

/// The repository's own templates and assets with small in-memory reports, for tests of the pure stages.
enum SampleSite {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let report = """
        张店区:

        重点项目集中开工

        总投资122亿元 <script>alert(1)</script>

        □ 本报记者 马玉姝

        2月21日上午,张店区重点项目集中开工,参加集中开工的项目共19个,总投资122亿元。

        项目建设

        [链接](javascript:alert(1)) 与 *星号* 都按原样显示。
        """

    static let secondReport = """
        临淄区多部门联合破企业复工难题

        □ 记者 王明

        2月7日,临淄区全力为节后企业复工复产保驾护航。
        """

    static func templates() throws -> [TemplateSource] {
        let folder = root.appendingPathComponent("Templates")
        let files = FileManager.default.enumerator(atPath: folder.path)!.allObjects as! [String]
        return try files.filter { $0.hasSuffix(".mustache") }.sorted().map { relative in
            let url = folder.appendingPathComponent(relative)
            return TemplateSource(name: url.deletingPathExtension().lastPathComponent, file: "Templates/" + relative,
                                  text: try String(contentsOf: url, encoding: .utf8))
        }
    }

    static func input(reports: [String: String]? = nil, config: SiteConfig = SiteConfig()) throws -> ProjectInput {
        let reports = reports ?? ["a.txt": report, "b.txt": secondReport]
        return ProjectInput(
            config: config,
            reports: reports.keys.sorted().map { ReportFile(name: $0, bytes: Array(reports[$0]!.utf8)) },
            templates: try templates(),
            assets: ["style.css": Array("body{}".utf8)]
        )
    }

    static func text(_ tree: OutputTree, _ path: String) -> String {
        String(decoding: tree.files[path] ?? [], as: UTF8.self)
    }
}
