import Foundation
import Testing
@testable import JianbaoSite

@Suite struct SiteBuilderTests {
    @Test func everyPageKindIsProduced() throws {
        let result = try SiteBuilder.build(try SampleSite.input())
        let paths = Set(result.tree.paths)
        for path in ["index.html", "investments.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt",
                     "assets/style.css", "districts/zhang-dian-qu.html", "districts/lin-zi-qu.html", "cities/zi-bo-shi.html"] {
            #expect(paths.contains(path), "missing \(path)")
        }
        #expect(result.tree.paths.filter { $0.hasPrefix("articles/") }.count == 2)
        #expect(result.model.districts.map(\.name) == ["临淄区", "张店区"])
    }

    @Test func zonesAndSharedNamesAreQualifiedByTheirCity() throws {
        let zone = "开发区\n\n召开调度会\n\n开发区讯(高庆贺)1月12日,开发区召开会议。聊城市领导出席。"
        let gulouNanjing = "鼓楼区召开会议\n\n本报南京讯 1月2日,南京市鼓楼区召开会议。"
        let gulouFuzhou = "鼓楼区召开会议\n\n本报福州讯 1月3日,福州市鼓楼区召开会议。"
        let result = try SiteBuilder.build(try SampleSite.input(reports: ["a.txt": zone, "b.txt": gulouNanjing, "c.txt": gulouFuzhou]))
        #expect(result.model.districts.map(\.name).sorted() == ["南京市 鼓楼区", "福州市 鼓楼区", "聊城市 开发区"])
        #expect(SampleSite.text(result.tree, "districts/liao-cheng-shi-kai-fa-qu.html").contains("<h1>聊城市 开发区</h1>"))
    }

    @Test func articlePageShowsTheReadingAndEscapesReportText() throws {
        let tree = try SiteBuilder.build(try SampleSite.input()).tree
        let path = try #require(tree.paths.first { $0.hasPrefix("articles/zhong-dian") })
        let html = SampleSite.text(tree, path)
        #expect(html.contains("<p class=\"kicker\">张店区:</p>"))
        #expect(html.contains("<h1>重点项目集中开工</h1>"))
        #expect(html.contains("总投资122亿元 &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("记者 马玉姝"))
        #expect(html.contains("<time datetime=\"2020-02-21\">2020年2月21日</time>"))
        #expect(html.contains("<h2>项目建设</h2>"))
        #expect(html.contains("[链接](javascript:alert(1)) 与 *星号*"))
        #expect(!html.contains("<script>") && !html.contains("href=\"javascript"))
        #expect(html.contains("href=\"../districts/zhang-dian-qu.html\""))
        #expect(html.contains("href=\"../cities/zi-bo-shi.html\""))
    }

    @Test func linksAreRelativeAndNothingLoadsFromTheNetwork() throws {
        let tree = try SiteBuilder.build(try SampleSite.input()).tree
        for path in tree.paths where path.hasSuffix(".html") && path != "404.html" {
            let html = SampleSite.text(tree, path)
            #expect(!html.contains("src=\"http") && !html.contains("href=\"/"), "\(path)")
            let external = html.components(separatedBy: "href=\"http").count - 1
            #expect(external == 1, "\(path): only the canonical link may be absolute")
        }
        #expect(SampleSite.text(tree, "404.html").contains("href=\"/assets/style.css\""))
    }

    @Test func homeListsDistrictsWithCountsAndLatestArticlesNewestFirst() throws {
        let html = SampleSite.text(try SiteBuilder.build(try SampleSite.input()).tree, "index.html")
        #expect(html.contains("张店区 <span class=\"count\">1 篇</span>"))
        let newer = try #require(html.range(of: "重点项目集中开工"))
        let older = try #require(html.range(of: "临淄区多部门联合破企业复工难题"))
        #expect(newer.lowerBound < older.lowerBound)
    }

    @Test func feedSitemapAndRobotsUseTheBaseURL() throws {
        var config = SiteConfig()
        config.baseURL = "https://news.example.cn/zibo/"
        let tree = try SiteBuilder.build(try SampleSite.input(config: config)).tree
        let feed = SampleSite.text(tree, "feed.xml")
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://news.example.cn/zibo/feed.xml\"/>"))
        #expect(feed.contains("<updated>2020-02-21T00:00:00+08:00</updated>"))
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        let sitemap = SampleSite.text(tree, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://news.example.cn/zibo/</loc>"))
        #expect(sitemap.contains("<loc>https://news.example.cn/zibo/districts/zhang-dian-qu.html</loc>"))
        #expect(!sitemap.contains("404.html"))
        #expect(SampleSite.text(tree, "robots.txt").contains("Sitemap: https://news.example.cn/zibo/sitemap.xml"))
    }


    @Test func everyPageHasAStrictContentSecurityPolicyAndNoInlineScript() throws {
        let tree = try SiteBuilder.build(try SampleSite.input()).tree
        for path in tree.paths where path.hasSuffix(".html") {
            let html = SampleSite.text(tree, path)
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self';"), "\(path)")
            #expect(!html.contains("<script>") && !html.contains("style=\""), "\(path)")
            #expect(html.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(path): inline event handler")
        }
    }

    @Test func theReadingCacheRereadsOnlyChangedReportsAndBuildsWhatAFreshBuildDoes() throws {
        let cache = ReadingCache()
        var clock = StageClock()
        var input = try SampleSite.input()
        let first = try SiteBuilder.build(input, readings: cache, clock: &clock)
        input.reports[1] = .init(name: input.reports[1].name, bytes: Array("临淄区召开会议\n\n□ 记者 王明\n\n新的一段。".utf8))
        let second = try SiteBuilder.build(input, readings: cache, clock: &clock)
        #expect(first.model.articles.map(\.article.displayTitle).contains("重点项目集中开工"))
        #expect(second.model.articles.map(\.article.displayTitle).sorted() == ["临淄区召开会议", "重点项目集中开工"])
        #expect(try SiteBuilder.build(input).tree.files == second.tree.files)
        // What site.json tells the reader is part of every reading.
        input.config.defaultYear = 2031
        let third = try SiteBuilder.build(input, readings: cache, clock: &clock)
        #expect(try SiteBuilder.build(input).tree.files == third.tree.files)
    }

    @Test func aReportThatIsNotTextIsSkippedWithAnError() throws {
        var input = try SampleSite.input()
        input.reports.append(.init(name: "scan.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]))
        let result = try SiteBuilder.build(input)
        #expect(result.model.reportCount == 2)
        #expect(result.diagnostics.contains { $0.file == "scan.txt" && $0.isError && $0.description.contains("error") })
    }

    @Test func twoBuildsOfTheSameInputAreIdentical() throws {
        let input = try SampleSite.input()
        #expect(try SiteBuilder.build(input).tree == (try SiteBuilder.build(input).tree))
    }

    @Test func headlineCollisionsGetDistinctStableSlugs() throws {
        let same = "重复的标题\n\n第一段。"
        let tree = try SiteBuilder.build(try SampleSite.input(reports: ["a.txt": same, "b.txt": same, "c.txt": same])).tree
        #expect(tree.paths.filter { $0.hasPrefix("articles/") } ==
            ["articles/zhong-fu-de-biao-ti-2.html", "articles/zhong-fu-de-biao-ti-3.html", "articles/zhong-fu-de-biao-ti.html"])
    }
}
