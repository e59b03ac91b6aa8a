import Foundation
import JianbaoReading
import Testing
@testable import JianbaoSite

/// Long lists in pages, the archive by month, and the page of every district and city.
@Suite struct PaginationTests {
    @Test(arguments: [(0, 1), (1, 1), (20, 1), (21, 2), (229, 12)])
    func aListHasAtLeastOnePage(_ count: Int, _ pages: Int) {
        #expect(PagedList(path: "districts/a.html", count: count, size: 20).pageCount == pages)
    }

    @Test func pageOneKeepsTheListsPathAndTheOthersGoOneFolderDown() {
        let list = PagedList(path: "districts/zhang-dian-qu.html", count: 45, size: 20)
        #expect(list.path(of: 1) == "districts/zhang-dian-qu.html")
        #expect(list.path(of: 3) == "districts/zhang-dian-qu/3.html")
        #expect(list.range(of: 3) == 40..<45)
        #expect(list.root(of: 1, firstRoot: "../") == "../" && list.root(of: 2, firstRoot: "../") == "../../")
        let navigation = list.navigation(at: 2, root: "../../")
        #expect(navigation.prevURL == "../../districts/zhang-dian-qu.html" && navigation.nextURL == "../../districts/zhang-dian-qu/3.html")
        #expect(navigation.pages.map(\.number) == [1, 2, 3] && navigation.pages.map(\.isCurrent) == [false, true, false])
    }

    @Test func farPagesAreLeftOutWithAGap() {
        let navigation = PagedList(path: "a.html", count: 1000, size: 10).navigation(at: 50, root: "")
        #expect(navigation.pages.map { $0.isGap ? "…" : "\($0.number)" } == ["1", "…", "48", "49", "50", "51", "52", "…", "100"])
        #expect(PagedList(path: "a.html", count: 10, size: 10).navigation(at: 1, root: "").isPaged == false)
    }

    // Twelve articles of one district over two months, and one undated article of another.
    static func build(pageSize: Int = 5) throws -> SiteBuilder.Result {
        var reports: [String: String] = [:]
        for day in 1...12 {
            let month = day <= 7 ? 2 : 3
            reports[String(format: "r%02d.txt", day)] = "张店区第\(day)次项目推进会\n\n□ 记者 王明\n\n\(month)月\(day)日,张店区召开第\(day)次项目推进会。"
        }
        reports["undated.txt"] = "临淄区召开会议\n\n□ 记者 李华\n\n临淄区召开项目推进会。"
        var config = SiteConfig()
        config.pageSize = pageSize
        return try SiteBuilder.build(try SampleSite.input(reports: reports, config: config))
    }

    @Test func aDistrictsArticlesArePagedWithNumbersAndRelLinksAndOnlyPageOneHasTheTables() throws {
        let result = try Self.build()
        let first = SampleSite.text(result.tree, "districts/zhang-dian-qu.html")
        let second = SampleSite.text(result.tree, "districts/zhang-dian-qu/2.html")
        let third = SampleSite.text(result.tree, "districts/zhang-dian-qu/3.html")
        #expect(result.tree.files["districts/zhang-dian-qu/4.html"] == nil)
        #expect(first.contains("<link rel=\"next\" href=\"../districts/zhang-dian-qu/2.html\">") && !first.contains("rel=\"prev\""))
        #expect(second.contains("<link rel=\"prev\" href=\"../../districts/zhang-dian-qu.html\">"))
        #expect(second.contains("<link rel=\"next\" href=\"../../districts/zhang-dian-qu/3.html\">"))
        #expect(second.contains("<span aria-current=\"page\">2</span>") && second.contains("<h1>张店区 · 第2页</h1>"))
        #expect(second.contains("href=\"../../assets/style.css\""))
        #expect(first.contains("id=\"investment-heading\"") && !second.contains("id=\"investment-heading\""))
        #expect([first, second, third].map { $0.components(separatedBy: "class=\"article-list__item\"").count - 1 } == [5, 5, 2])
        #expect(first.contains("张店区第12次") && third.contains("张店区第1次"), "newest first")
        let sitemap = SampleSite.text(result.tree, "sitemap.xml")
        #expect(sitemap.contains("https://example.org/districts/zhang-dian-qu/3.html"))
    }

    @Test func theArchiveHasAPagePerMonthAndCityPagesListTheirArticles() throws {
        let result = try Self.build()
        let archive = SampleSite.text(result.tree, "archive/index.html")
        #expect(archive.contains("<a href=\"../archive/2020/03.html\">2020年3月 <span class=\"count\">5 篇</span></a>"))
        #expect(archive.contains("<a href=\"../archive/2020/02.html\">2020年2月 <span class=\"count\">7 篇</span></a>"))
        #expect(archive.contains("<a href=\"../archive/undated.html\">未注明日期 <span class=\"count\">1 篇</span></a>"))
        let february = SampleSite.text(result.tree, "archive/2020/02/2.html")
        #expect(february.contains("张店区第2次") && february.contains("href=\"../../../index.html\""))
        let city = SampleSite.text(result.tree, "cities/zi-bo-shi.html")
        #expect(city.contains("张店区第12次项目推进会") && result.tree.files["cities/zi-bo-shi/3.html"] != nil)
        let places = SampleSite.text(result.tree, "districts/index.html")
        #expect(places.contains("张店区 <span class=\"count\">12 篇</span>") && places.contains("临淄区 <span class=\"count\">1 篇</span>"))
        #expect(places.contains("淄博市 <span class=\"count\">2 个区县 · 13 篇</span>"))
    }

    @Test func theProgressTotalCountsEveryPage() throws {
        let input = try SampleSite.input()
        let result = try SiteBuilder.build(input)
        #expect(SitePages(model: result.model, templates: try TemplateSet(input.templates)).fileCount + input.assets.count == result.tree.files.count)
    }
}
