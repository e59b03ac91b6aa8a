import Foundation
import JianbaoReading

/// Renders every page of the site model through the templates into an output tree.
public struct SitePages: Sendable {
    public var model: SiteModel
    public var templates: TemplateSet
    /// Every fact's table row with links from the site root, made once: a figure is listed on four or
    /// five pages (`FigureListing`), and formatting its amount and cutting its quote was a third of the
    /// cost of each listing page. `row(_:root:)` gives it for a page.
    let figureRows: [Digested<FactRow>]
    /// The downloads' records, made once for the site's files and each district's.
    let factData: FactData
    /// Every article's link from the site root, made once: an article is listed on its district's,
    /// city's and month's pages and on several other articles' pages. `link(_:root:)` gives it for a page.
    let articleLinks: [Digested<ArticleLink>]
    /// The districts a site-wide figure filter offers, made once per build (`DistrictChoices`).
    let districtChoices = DistrictChoices()

    public init(model: SiteModel, templates: TemplateSet) {
        self.model = model
        self.templates = templates
        let links = LinkMaker(model: model, root: "")
        figureRows = model.facts.parallelMap { Digested(links.fact($0)) }
        articleLinks = Array(model.articles.indices).parallelMap { Digested(links.article($0)) }
        factData = FactData(model: model)
    }

    /// The row of fact `id` on a page whose way back to the site root is `root`.
    func row(_ id: Int, root: String) -> Rooted<FactRow> {
        Rooted(base: figureRows[id], root: root)
    }

    /// The link to article `index` on a page whose way back to the site root is `root`.
    func link(_ index: Int, root: String) -> Rooted<ArticleLink> {
        Rooted(base: articleLinks[index], root: root)
    }

    var config: SiteConfig { model.config }

    /// How many other articles of its district an article page links to.
    static let relatedCount = 5

    /// Every file of the site except the copied assets, by path.
    public func render() -> OutputTree {
        let collector = OutputCollector()
        render(into: collector)
        return collector.tree
    }

    /// Renders every file except the copied assets and the search files (`SearchPage`) into `sink`, each as soon as it is made.
    public func render(into sink: some OutputSink) {
        // The site-wide pages and downloads are the longest jobs, each on its own, first; the other
        // files go in groups, so handing them out costs little and no core waits behind another.
        let (siteWide, rest) = fileLists
        let groups = stride(from: 0, to: rest.count, by: 32).map { Array(rest[$0..<min($0 + 32, rest.count)]) }
        _ = (siteWide.map { [$0] } + groups).parallelMap(batch: 1) { group in
            for file in group { sink.add(file.path, bytes: file.make().bytes()) }
        }
    }

    /// Every file except the copied assets and the search files: the one list of what a build
    /// writes, which a preview session compares file by file.
    public var files: [SiteFile] {
        let (siteWide, rest) = fileLists
        return siteWide + rest
    }

    private var fileLists: (siteWide: [SiteFile], rest: [SiteFile]) {
        func page<View: Encodable & Sendable>(_ path: String, _ template: String,
                                              _ make: @escaping @Sendable () -> View) -> SiteFile {
            SiteFile.page(path, template, templates: templates, make)
        }
        let downloads = FactData.files(of: model)
        let data = factData
        func download(_ path: String, _ ids: [Int], _ bytes: @escaping @Sendable ([[String]]) -> [UInt8]) -> SiteFile {
            SiteFile.data(path, { data.records(ids) }, bytes: { bytes($0.map(\.value)) })
        }
        let siteWide: [SiteFile] = [
            page("investments.html", "investments") { investments() },
            download(downloads[0].csv, downloads[0].ids, FactData.csv).late,
            download(downloads[0].json, downloads[0].ids, FactData.json).late,
            page("index.html", "home") { home() },
            // The 404 page is served at any depth, so its links start at the site's root path: `/` or `/sub/`.
            // Not the full base URL: a page may only load from its own origin (the CSP), previews included.
            page("404.html", "404") { NotFoundView(page: chrome(title: "页面不存在", path: "404.html", root: rootPath)) },
            page("feed.xml", "feed") { SiteFeeds(model: model).feed() },
            page("sitemap.xml", "sitemap") { SiteFeeds(model: model).sitemap(pages: pagePaths) },
            page("robots.txt", "robots") { RobotsView(sitemapURL: config.baseURL + "sitemap.xml") },
            page(ArchiveMonth.folder + "/index.html", "archive") { archive() },
            page(DistrictIndex.listPath, "places") { places() },
        ]
        var files = downloads.dropFirst().flatMap { file in
            [download(file.csv, file.ids, FactData.csv), download(file.json, file.ids, FactData.json)]
        }
        for index in model.cities.indices {
            let list = cityList(index)
            files += list.pages.map { number in page(list.path(of: number), "city") { city(index, page: number) } }
        }
        for index in model.districts.indices {
            let list = districtList(index)
            files += list.pages.map { number in page(list.path(of: number), "district") { district(index, page: number) } }
        }
        for index in model.months.indices {
            let list = monthList(index)
            files += list.pages.map { number in page(list.path(of: number), "month") { month(index, page: number) } }
        }
        for index in model.listings.indices {
            let listing = model.listings[index]
            files += (1...listing.pages.count).map { number in page(listing.path(of: number), "figures") { figureList(index, page: number) } }
        }
        files += model.articles.indices.map { index in page(model.articles[index].path, "article") { article(index) } }
        files += model.pages.indices.map { index in page(model.pages[index].path, "page") { written(index) } }
        return (siteWide, files)
    }

    static let fixedPaths = ["index.html", "investments.html", "404.html", "feed.xml",
                             ArchiveMonth.folder + "/index.html", DistrictIndex.listPath]

    /// The paths of the pages and downloads, sorted, as the sitemap lists them.
    var pagePaths: [String] {
        let lists = model.districts.indices.map(districtList) + model.cities.indices.map(cityList) + model.months.indices.map(monthList)
        let figures = model.listings.flatMap { listing in listing.pages.indices.map { listing.path(of: $0 + 1) } }
        let downloads = FactData.files(of: model).flatMap { [$0.csv, $0.json] }
        return (Self.fixedPaths + downloads + model.articles.map(\.path) + lists.flatMap { list in list.pages.map(list.path(of:)) }
            + figures + model.pages.map(\.path)).sorted()
    }

    /// The path part of the base URL, ending in `/`.
    var rootPath: String {
        let path = URL(string: config.baseURL)?.path ?? "/"
        return path.hasSuffix("/") ? path : path + "/"
    }

    func chrome(title: String, description: String? = nil, path: String, root: String, pagination: Pagination? = nil) -> PageChrome {
        PageChrome(
            siteTitle: config.title, siteDescription: config.description, language: config.language,
            title: title, description: description ?? config.description, root: root,
            canonicalURL: config.baseURL + (path == "index.html" ? "" : path),
            isHome: path == "index.html", isInvestments: path == "investments.html" || path.hasPrefix("investments/"),
            isArchive: path.hasPrefix(ArchiveMonth.folder + "/"), isPlaces: path == DistrictIndex.listPath,
            isSearch: path == SearchPage.path,
            prevURL: pagination?.prevURL, nextURL: pagination?.nextURL,
            menu: model.pages.compactMap { written in written.menu.map { MenuLink(label: $0, url: written.path, isCurrent: written.path == path) } }
        )
    }

    func written(_ index: Int) -> WrittenPageView {
        let written = model.pages[index]
        return WrittenPageView(page: chrome(title: written.title, path: written.path, root: "../"), title: written.title,
                               bodyHTML: CmarkRenderer.html(written.markdown))
    }

    func home() -> HomeView {
        let links = LinkMaker(model: model, root: "")
        return HomeView(
            page: chrome(title: config.title, path: "index.html", root: ""),
            cities: model.cities.indices.map(links.city),
            districts: model.districts.indices.map(links.district),
            articles: model.articles.indices.prefix(config.latestCount).map { link($0, root: "") },
            reportCount: model.reportCount, articleCount: model.articles.count,
            chart: InvestmentChart.make(model, root: "", limit: Self.homeChartBars)
        )
    }

    /// How many districts the home page's chart shows; the investments page lists them all.
    static let homeChartBars = 10

    func article(_ index: Int) -> ArticleView {
        let entry = model.articles[index]
        let article = entry.article
        let links = LinkMaker(model: model, root: "../")
        let byline = BylineText.make(article.byline)
        // The district's first articles but this one: only as many as are shown are looked at.
        let related = model.districts[entry.district].articles.prefix(Self.relatedCount + 1).filter { $0 != index }
            .prefix(Self.relatedCount).map { link($0, root: "../") }
        return ArticleView(
            page: chrome(title: entry.title, description: articleLinks[index].value.summary, path: entry.path, root: "../"),
            kicker: article.kicker, headline: entry.title, headlineIsMade: article.headline == nil,
            subheadline: article.subheadline, byline: byline.isEmpty ? nil : byline,
            date: article.date.map(ChineseDate.long), isoDate: article.date?.iso,
            district: links.district(entry.district),
            bodyHTML: FigureMarks.body(for: index, in: model),
            source: "\(entry.report),第" + article.sources.map { "\($0.firstLine)–\($0.lastLine)" }.joined(separator: "、") + "行",
            related: Array(related),
            corrections: article.corrections, hasCorrections: !article.corrections.isEmpty
        )
    }
}
