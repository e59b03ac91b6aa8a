import Foundation
import JianbaoReading

/// Renders every page of the site model through the templates into an output tree.
public struct SitePages: Sendable {
    public var model: SiteModel
    public var templates: TemplateSet
    /// The most rows a site-wide table of figures shows; district pages always list all of theirs.
    public var tableLimit: Int

    // A row is about a kilobyte of HTML, and a page should stay under 500 KB: at 10,000 reports the
    // full table was 75 MB, more than a browser opens comfortably. Each district's page lists all of its own.
    public init(model: SiteModel, templates: TemplateSet, tableLimit: Int = 150) {
        self.model = model
        self.templates = templates
        self.tableLimit = tableLimit
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

    /// Renders every file except the copied assets into `sink`, each as soon as it is made.
    public func render(into sink: some OutputSink) {
        func page<View: Encodable & Sendable>(_ path: String, _ template: String,
                                              _ make: @escaping @Sendable () -> View) -> @Sendable () -> Void {
            { sink.add(path, bytes: Array(templates.render(make(), with: template).utf8)) }
        }
        // The site-wide pages and downloads are the longest jobs, each on its own, first; the other
        // pages go in groups, so handing them out costs little and no core waits behind another.
        let siteWide: [@Sendable () -> Void] = [
            page("investments.html", "investments") { investments() },
            {
                let data = FactData(model: model)
                sink.add(FactData.csvPath, bytes: data.csv())
                sink.add(FactData.jsonPath, bytes: data.json())
            },
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
        var pages: [@Sendable () -> Void] = []
        for index in model.cities.indices {
            let list = cityList(index)
            pages += list.pages.map { number in page(list.path(of: number), "city") { city(index, page: number) } }
        }
        for index in model.districts.indices {
            let list = districtList(index)
            pages += list.pages.map { number in page(list.path(of: number), "district") { district(index, page: number) } }
        }
        for index in model.months.indices {
            let list = monthList(index)
            pages += list.pages.map { number in page(list.path(of: number), "month") { month(index, page: number) } }
        }
        pages += model.articles.indices.map { index in page(model.articles[index].path, "article") { article(index) } }
        pages += model.pages.indices.map { index in page(model.pages[index].path, "page") { written(index) } }
        let groups = stride(from: 0, to: pages.count, by: 32).map { start -> @Sendable () -> Void in
            let group = pages[start..<min(start + 32, pages.count)]
            return { group.forEach { $0() } }
        }
        _ = (siteWide + groups).parallelMap(batch: 1) { $0() }
    }

    static let fixedPaths = ["index.html", "investments.html", "404.html", "feed.xml", FactData.csvPath, FactData.jsonPath,
                             ArchiveMonth.folder + "/index.html", DistrictIndex.listPath]

    /// The paths of the pages and downloads, sorted, as the sitemap lists them.
    var pagePaths: [String] {
        let lists = model.districts.indices.map(districtList) + model.cities.indices.map(cityList) + model.months.indices.map(monthList)
        return (Self.fixedPaths + model.articles.map(\.path) + lists.flatMap { list in list.pages.map(list.path(of:)) }
            + model.pages.map(\.path)).sorted()
    }

    // A district's page N lists its Nth page of articles and its Nth page of figures, whichever it has.
    func districtList(_ index: Int) -> PagedList {
        let articlePages = PagedList(path: "", count: model.districts[index].articles.count, size: config.pageSize).pageCount
        let figurePages = PagedList(path: "", count: model.factRows[index]?.count ?? 0, size: SiteModel.rowsPerPage).pageCount
        return PagedList(path: model.districts[index].path, count: max(articlePages, figurePages), size: 1)
    }

    func cityList(_ index: Int) -> PagedList {
        PagedList(path: model.cities[index].path, count: model.cities[index].articles.count, size: config.pageSize)
    }

    func monthList(_ index: Int) -> PagedList {
        PagedList(path: model.months[index].path, count: model.months[index].articles.count, size: config.pageSize)
    }

    /// How many files `render` makes: slugs are unique within each folder, so no two paths are the same.
    public var fileCount: Int {
        pagePaths.count + 2  // the sitemap and robots.txt
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
            isHome: path == "index.html", isInvestments: path == "investments.html",
            isArchive: path.hasPrefix(ArchiveMonth.folder + "/"), isPlaces: path == DistrictIndex.listPath,
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
            articles: model.articles.indices.prefix(config.latestCount).map(links.article),
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
        let related = model.districts[entry.district].articles.filter { $0 != index }.prefix(Self.relatedCount).map(links.article)
        return ArticleView(
            page: chrome(title: entry.title, description: links.article(index).summary, path: entry.path, root: "../"),
            kicker: article.kicker, headline: entry.title, headlineIsMade: article.headline == nil,
            subheadline: article.subheadline, byline: byline.isEmpty ? nil : byline,
            date: article.date.map(ChineseDate.long), isoDate: article.date?.iso,
            district: links.district(entry.district),
            bodyHTML: FigureMarks.bodyHTML(for: index, in: model),
            source: "\(entry.report),第" + article.sources.map { "\($0.firstLine)–\($0.lastLine)" }.joined(separator: "、") + "行",
            related: Array(related),
            corrections: article.corrections, hasCorrections: !article.corrections.isEmpty
        )
    }

    // `名称` on page 1, `名称 · 第2页` after it.
    static func title(_ name: String, page: Int) -> String {
        page == 1 ? name : "\(name) · 第\(page)页"
    }

    func district(_ index: Int, page number: Int = 1) -> DistrictView {
        let district = model.districts[index]
        let list = districtList(index)
        let root = list.root(of: number, firstRoot: "../")
        let pagination = list.navigation(at: number, root: root)
        let links = LinkMaker(model: model, root: root)
        let city = district.city.map { model.cities[$0] }
        let listed = model.factRows[index] ?? []
        let facts = listed[PagedList(path: "", count: listed.count, size: SiteModel.rowsPerPage).range(of: number)].map { model.facts[$0] }
        let rows = facts.map(links.fact)
        // The timeline is on page 1, and has every dated figure: in one line each, it stays small.
        let dated = number > 1 ? [] : listed.map { model.facts[$0] }.filter { $0.fact.date != nil }
        return DistrictView(
            page: chrome(title: Self.title(district.name, page: number), description: "\(district.name)的报道与投资数据",
                         path: list.path(of: number), root: root, pagination: pagination),
            name: district.name, isFirstPage: number == 1, pagination: pagination,
            city: city?.name, cityURL: city.map { root + $0.path },
            articles: district.articles[PagedList(path: "", count: district.articles.count, size: config.pageSize).range(of: number)].map(links.article),
            hasArticles: number == 1 || PagedList(path: "", count: district.articles.count, size: config.pageSize).pageCount >= number,
            figureCount: listed.count, hasFigures: number == 1 || !facts.isEmpty,
            figureRange: listed.count <= SiteModel.rowsPerPage || facts.isEmpty ? nil
                : "第\((number - 1) * SiteModel.rowsPerPage + 1)–\((number - 1) * SiteModel.rowsPerPage + facts.count)个,共\(listed.count)个",
            investmentTable: FactTable(caption: "\(district.name)的投资数字", rows: facts.indices.filter { facts[$0].fact.kind.isInvestment }.map { rows[$0] }, withDistrict: false),
            otherTable: FactTable(caption: "\(district.name)的其他资金(不计入投资)", rows: facts.indices.filter { !facts[$0].fact.kind.isInvestment }.map { rows[$0] }, withDistrict: false),
            kindOptions: Self.kindOptions(Set(facts.map(\.fact.kind))), yearOptions: Self.yearOptions(Set(facts.map(\.fact.year))),
            timeline: dated.map { entry in
                TimelineItem(date: entry.fact.date.map(ChineseDate.long) ?? "", isoDate: entry.fact.date?.iso ?? "",
                             text: "\(MoneyText.kind(entry.fact.kind)) \(MoneyText.amount(entry.fact.amount, currency: entry.fact.currency, approx: entry.fact.approx))",
                             url: root + model.articles[entry.article].path + "#amount-\(entry.anchor)")
            },
            hasTimeline: !dated.isEmpty
        )
    }

    func city(_ index: Int, page number: Int = 1) -> CityView {
        let city = model.cities[index]
        let list = cityList(index)
        let root = list.root(of: number, firstRoot: "../")
        let pagination = list.navigation(at: number, root: root)
        let links = LinkMaker(model: model, root: root)
        return CityView(
            page: chrome(title: Self.title(city.name, page: number), description: "\(city.name)各区县的报道",
                         path: list.path(of: number), root: root, pagination: pagination),
            name: city.name, districts: city.districts.map(links.district),
            articleCount: city.articles.count,
            articles: city.articles[list.range(of: number)].map(links.article), isFirstPage: number == 1, pagination: pagination
        )
    }

    func archive() -> ArchiveView {
        ArchiveView(
            page: chrome(title: "归档", description: "按月份排列的全部报道", path: ArchiveMonth.folder + "/index.html", root: "../"),
            months: model.months.map { ArchiveView.Month(label: $0.label, url: "../" + $0.path, count: $0.articles.count) }
        )
    }

    func month(_ index: Int, page number: Int) -> MonthView {
        let month = model.months[index]
        let list = monthList(index)
        // A month's page 1 is two folders down (`archive/2020/02.html`), the undated one folder.
        let root = list.root(of: number, firstRoot: month.year == nil ? "../" : "../../")
        let pagination = list.navigation(at: number, root: root)
        let links = LinkMaker(model: model, root: root)
        return MonthView(
            page: chrome(title: Self.title(month.label, page: number), description: "\(month.label)的报道",
                         path: list.path(of: number), root: root, pagination: pagination),
            label: month.label, count: month.articles.count,
            articles: month.articles[list.range(of: number)].map(links.article), pagination: pagination
        )
    }

    func places() -> PlacesView {
        let links = LinkMaker(model: model, root: "../")
        return PlacesView(
            page: chrome(title: "全部区县与城市", description: "各区县与城市的报道数", path: DistrictIndex.listPath, root: "../"),
            districts: model.districts.indices.map(links.district), cities: model.cities.indices.map(links.city)
        )
    }

    static func kindOptions(_ kinds: Set<MoneyFact.Kind>) -> [FilterOption] {
        MoneyFact.Kind.allCases.filter(kinds.contains).map { FilterOption(value: $0.rawValue, label: MoneyText.kind($0)) }
    }

    static func yearOptions(_ years: Set<Int>) -> [FilterOption] {
        years.sorted(by: >).map { FilterOption(value: "\($0)", label: "\($0)年") }
    }

    /// A site-wide table of `shown`, the figures chosen from `ids`: every one, or the `tableLimit`
    /// largest with a note saying where the rest are.
    func siteTable(_ ids: [Int], shown: [Int], caption: String, noun: String, links: LinkMaker) -> FactTable {
        let rows = shown.map { links.fact(model.facts[$0]) }
        guard shown.count < ids.count else { return FactTable(caption: caption, rows: rows, withDistrict: true) }
        return FactTable(caption: "金额最大的\(shown.count)个\(noun)(共\(ids.count)个)", rows: rows, withDistrict: true,
                         note: "这里只列出金额最大的\(shown.count)个,共\(ids.count)个。各区县的页面列出该区县的全部数字,CSV 与 JSON 下载含全部数字。")
    }

    /// `ids` without the figures that print an earlier one again: tables list each figure once.
    func firstPrintings(_ ids: [Int]) -> [Int] {
        ids.filter { model.facts[$0].restates == nil }
    }

    func investments() -> InvestmentsView {
        let links = LinkMaker(model: model, root: "")
        let totals = FactTotals(model: model)
        let ordered = totals.ordered(firstPrintings(Array(model.facts.indices)))
        let investment = ordered.filter { model.facts[$0].fact.kind.isInvestment }
        let other = ordered.filter { !model.facts[$0].fact.kind.isInvestment }
        let (shownInvestment, shownOther) = (totals.largest(investment, limit: tableLimit), totals.largest(other, limit: tableLimit))
        // A district some of whose figures the tables leave out is chosen on its own page, which lists them all.
        let shown = Set(shownInvestment + shownOther)
        var incomplete = Set<Int>()
        for id in ordered where !shown.contains(id) { incomplete.insert(model.facts[id].district) }
        let places = model.factsByDistrict.keys.sorted()
        return InvestmentsView(
            page: chrome(title: "投资项目", description: "各区县报道中的投资数字与其他资金", path: "investments.html", root: ""),
            factCount: ordered.count, restatementCount: model.facts.count - ordered.count, hasRestatements: model.facts.count > ordered.count,
            totalsByDistrict: totals.byDistrict(links: links), totalsByKind: totals.byKind(),
            chart: InvestmentChart.make(model, root: ""), map: DistrictMap.make(model, root: ""),
            investmentTable: siteTable(investment, shown: shownInvestment, caption: "全部投资数字", noun: "投资数字", links: links),
            otherTable: siteTable(other, shown: shownOther, caption: "其他资金(不计入投资)", noun: "其他资金数字", links: links),
            kindOptions: Self.kindOptions(Set(totals.kinds())),
            placeOptions: places.map { index in
                FilterOption(value: model.districts[index].name, label: model.districts[index].name,
                             url: incomplete.contains(index) ? links.district(index).url + "#investment-heading" : nil)
            },
            yearOptions: Self.yearOptions(Set(ordered.map { model.facts[$0].fact.year })), isPartial: !incomplete.isEmpty,
            csvURL: FactData.csvPath, jsonURL: FactData.jsonPath
        )
    }
}
