import Foundation
@testable import JianbaoSite

/// A small site on disk made from invented reports, with the edits an editor makes: reports added,
/// removed, renamed, cut short or changed, and templates, assets, hand-written pages and site.json changed.
struct GeneratedProject {
    /// One generated article: what an edit changes, and the text the report gets from it.
    struct Story {
        var headline: String
        var month: Int
        var day: Int
        var district: String
        var projects: Int
        var yi: Int

        var text: String {
            """
            \(headline)

            □ 记者 \(["林晓", "周岚", "郑一帆"][yi % 3])

            \(month)月\(day)日,\(district)重点项目集中开工,本次开工项目共\(projects)个,总投资\(yi)亿元。

            \(district)还签约项目\(projects + 2)个,签约金额\(yi * 2 + 1)亿元。
            """
        }
    }

    let root: URL
    var reports: [String: [Story]] = [:]
    /// Reports written as raw bytes (cut short), which no longer follow their stories.
    var raw: Set<String> = []
    var rng: SeededGenerator

    static let districts = ["海淀区", "天河区", "武侯区", "西湖区"]
    static let words = ["推进", "建设", "签约", "复工", "攻坚", "提速"]

    var config: String { root.appendingPathComponent("site.json").path }
    var output: String { root.appendingPathComponent("Public").path }

    /// A project of `count` reports in a new temporary folder, with the repository's templates.
    init(seed: UInt64, reports count: Int) throws {
        rng = SeededGenerator(seed: seed)
        root = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-session-\(seed)-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("Reports"), withIntermediateDirectories: true)
        try manager.copyItem(at: SampleSite.root.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
        try writeConfig(title: "测试站", pageSize: 5, figurePageSize: 10)
        for _ in 0..<count { try addReport() }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    mutating func story() -> Story {
        let district = Self.districts.randomElement(using: &rng)!
        return Story(headline: district + Self.words.randomElement(using: &rng)! + "重点项目\(Int.random(in: 1...99, using: &rng))个",
                     month: Int.random(in: 1...12, using: &rng), day: Int.random(in: 1...28, using: &rng), district: district,
                     projects: Int.random(in: 2...90, using: &rng), yi: Int.random(in: 1...900, using: &rng))
    }

    mutating func addReport() throws {
        var name: String
        repeat { name = "r\(Int.random(in: 0...9999, using: &rng)).txt" } while reports[name] != nil
        reports[name] = (0..<Int.random(in: 1...2, using: &rng)).map { _ in story() }
        try write(name)
    }

    func write(_ name: String) throws {
        let text = reports[name]!.map(\.text).joined(separator: "\n\n")
        try Data(text.utf8).write(to: reportURL(name))
    }

    func reportURL(_ name: String) -> URL { root.appendingPathComponent("Reports/" + name) }

    func writeConfig(title: String, pageSize: Int, figurePageSize: Int, defaultYear: Int = 2021) throws {
        let json = """
            {"title": "\(title)", "pageSize": \(pageSize), "figurePageSize": \(figurePageSize), "defaultYear": \(defaultYear)}
            """
        try Data(json.utf8).write(to: URL(fileURLWithPath: config))
    }

    func append(_ text: String, to relative: String) throws {
        let url = root.appendingPathComponent(relative)
        let old = (try? Data(contentsOf: url)) ?? Data()
        try (old + Data(text.utf8)).write(to: url)
    }

    /// One random edit, named for the failure message.
    mutating func edit() throws -> String {
        let names = reports.keys.sorted()
        let name = names.randomElement(using: &rng)
        switch Int.random(in: 0..<13, using: &rng) {
        case 0:
            try addReport()
            return "add a report"
        case 1 where names.count > 1:
            reports[name!] = nil
            raw.remove(name!)
            try FileManager.default.removeItem(at: reportURL(name!))
            return "delete \(name!)"
        case 2 where name != nil:
            var to: String
            repeat { to = "n\(Int.random(in: 0...9999, using: &rng)).txt" } while reports[to] != nil
            reports[to] = reports.removeValue(forKey: name!)
            if raw.remove(name!) != nil { raw.insert(to) }
            try FileManager.default.moveItem(at: reportURL(name!), to: reportURL(to))
            return "rename \(name!) to \(to)"
        case 3 where name != nil:
            let bytes = try Data(contentsOf: reportURL(name!))
            try bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)).write(to: reportURL(name!))
            raw.insert(name!)
            return "cut \(name!) short"
        case 4...7 where name != nil && !raw.contains(name!):
            let which = Int.random(in: 0..<reports[name!]!.count, using: &rng)
            let fresh = story()
            var changed = reports[name!]![which]
            let what: String
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: changed.headline = fresh.headline; what = "headline"
            case 1: (changed.month, changed.day) = (fresh.month, fresh.day); what = "date"
            case 2: changed.district = fresh.district; what = "district"
            default: changed.yi = fresh.yi; what = "figure"
            }
            reports[name!]![which] = changed
            try write(name!)
            return "change the \(what) in \(name!)"
        case 8:
            let template = ["article", "layout", "district", "figures", "partials/fact-table"].randomElement(using: &rng)!
            try append("<!-- \(Int.random(in: 0...999, using: &rng)) -->\n", to: "Templates/\(template).mustache")
            return "change Templates/\(template).mustache"
        case 9:
            try append("\n/* \(Int.random(in: 0...999, using: &rng)) */\n", to: "Templates/assets/style.css")
            return "change the stylesheet"
        case 10:
            try writeConfig(title: "站点\(Int.random(in: 0...9, using: &rng))", pageSize: Int.random(in: 5...6, using: &rng),
                            figurePageSize: Int.random(in: 10...12, using: &rng), defaultYear: Int.random(in: 2019...2021, using: &rng))
            return "change site.json"
        case 11:
            let pages = root.appendingPathComponent("Pages")
            try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
            let body = "---\ntitle: 关于\nmenu: 关于\n---\n\n本站第\(Int.random(in: 0...99, using: &rng))版。\n"
            try Data(body.utf8).write(to: pages.appendingPathComponent("about.md"))
            return "write Pages/about.md"
        default:
            try addReport()
            return "add a report"
        }
    }
}
