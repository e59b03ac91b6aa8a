import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

@Suite struct PageInputsTests {
    /// Each page's input key and view key, by path, for the article, district and city pages.
    typealias Keys = [String: (input: UInt64, view: UInt64)]

    /// The sample reports and one more, so that one district has articles from two reports: an
    /// article's inputs change with its whole report, and only then do its related links show.
    static func samples() throws -> [String: String] {
        let folder = SampleSite.root.appendingPathComponent("Reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        var reports = try Dictionary(uniqueKeysWithValues: names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) })
        reports["005_extra.txt"] = reports["001_8ad69dd1093be66f.txt"]!.replacingOccurrences(of: "多部门联合破企业复工难题", with: "企业复工难题有了解法")
        return reports
    }

    static func keys(_ reports: [String: String], config: SiteConfig = SiteConfig()) throws -> Keys {
        let input = try SampleSite.input(reports: reports, config: config)
        let sources = SiteBuilder.readingKeys(input.reports, config: config)
        let (read, _) = SiteBuilder.read(input.reports, config: config)
        let model = SiteModel(config: config, reports: read, sources: Dictionary(uniqueKeysWithValues: zip(input.reports.map(\.name), sources)))
        let templates = try TemplateSet(input.templates)
        let pages = SitePages(model: model, templates: templates)
        let inputs = try #require(PageInputs(model: model, salt: templates.salt(config: config)))
        var keys: Keys = [:]
        for index in model.articles.indices {
            keys[model.articles[index].path] = (inputs.article(index), templates.key(of: pages.article(index), with: "article"))
        }
        for index in model.districts.indices {
            keys[model.districts[index].path] = (inputs.district(index), templates.key(of: pages.district(index), with: "district"))
        }
        for index in model.cities.indices {
            keys[model.cities[index].path] = (inputs.city(index), templates.key(of: pages.city(index), with: "city"))
        }
        return keys
    }

    static let edits: [(String, @Sendable ([String: String]) -> [String: String])] = [
        ("a figure added", { edit($0, "000_58953e8fa8208bd7.txt") { $0 + "\n本报讯 又有一个项目签约,总投资3亿元。\n" } }),
        ("an article moved to another district", { edit($0, "001_8ad69dd1093be66f.txt") { $0.replacingOccurrences(of: "临淄区", with: "张店区") } }),
        ("a headline changed", { edit($0, "002_990739f69f79df6f.txt") { $0.replacingOccurrences(of: "多部热线电话开通", with: "多部热线电话今日开通") } }),
        ("a related article's headline changed", { edit($0, "005_extra.txt") { $0.replacingOccurrences(of: "企业复工难题有了解法", with: "企业复工难题有解了") } }),
        ("a breakdown's total removed", { edit($0, "004_575839301911762a.txt") { $0.replacingOccurrences(of: "总投资", with: "投资") } }),
        ("a report deleted", { $0.filter { $0.key != "003_f0c88fd3146f3612.txt" } }),
        ("a report copied, so its titles clash", { $0.merging(["000a.txt": $0["001_8ad69dd1093be66f.txt"]!]) { old, _ in old } }),
    ]

    static func edit(_ reports: [String: String], _ name: String, _ change: (String) -> String) -> [String: String] {
        var reports = reports
        reports[name] = change(reports[name]!)
        return reports
    }

    // The input keys stand in for the views: a page whose input key did not change must not have a
    // changed view, or a rebuild would keep a stale page.
    @Test(arguments: edits.indices)
    func aPageWhoseInputsAreUnchangedHasAnUnchangedView(_ edit: Int) throws {
        let (name, change) = Self.edits[edit]
        let before = try Self.keys(Self.samples())
        let after = try Self.keys(change(Self.samples()))
        var kept = 0, remade = 0
        for (path, old) in before {
            guard let new = after[path] else { continue }
            if old.input == new.input {
                #expect(old.view == new.view, "\(name): \(path) has the same inputs but another view")
                kept += 1
            } else {
                remade += 1
            }
        }
        #expect(kept > 0, "\(name): some pages are kept")
        #expect(remade > 0 || Set(before.keys) != Set(after.keys), "\(name): some pages are remade")
    }

    @Test func theSettingsAreInEveryKey() throws {
        let samples = try Self.samples()
        let before = try Self.keys(samples)
        var config = SiteConfig()
        config.title = "另一个站点"
        let after = try Self.keys(samples, config: config)
        #expect(before.allSatisfy { after[$0.key]?.input != $0.value.input })
    }

    @Test func aModelWithoutFingerprintsHasNoInputKeys() throws {
        let input = try SampleSite.input()
        let (read, _) = SiteBuilder.read(input.reports, config: input.config)
        let model = SiteModel(config: input.config, reports: read)
        #expect(PageInputs(model: model, salt: []) == nil)
    }
}
