import Foundation
import JianbaoReading

/// The whole site as values: every article with its URL, and the district and city indexes.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    public var reportCount: Int
    /// Articles newest first; undated ones last, in file order.
    public var articles: [ArticleEntry]
    public var districts: [DistrictIndex]
    public var cities: [CityIndex]
    /// Every money fact, report by report in file order.
    public var facts: [FactEntry] = []
    /// Indexes into `facts` by article and by district, so pages never scan every fact.
    public var factsByArticle: [Int: [Int]] = [:]
    public var factsByDistrict: [Int: [Int]] = [:]
    /// Top-level investment in yuan per district index (`FactEntry.isSummable`), summed once for the
    /// pages and charts that show it.
    public var investmentByDistrict: [Int: Decimal] = [:]
    /// The hand-written pages, in menu order.
    public var pages: [WrittenPage] = []
    /// The articles by month, newest first.
    public var months: [ArchiveMonth] = []
    /// Each district's figures, first printings only, by date (undated last), then file order: its timeline.
    public var factRows: [Int: [Int]] = [:]
    /// The site's and each district's lists of figures, by group and by kind (`FigureListing.make`).
    public var listings: [FigureListing] = []
    public var listingIndex: [FigureListing.Key: Int] = [:]
    /// For each first printing, the page of its district's group listing that has its row.
    var rowPage: [Int: Int] = [:]

    /// The name used for articles whose place the reader could not tell.
    public static let unplacedName = "未标明区县"

    /// Builds the model from the reports read and the hand-written pages, assigning stable unique slugs;
    /// `entries` are the reports' `ReportReading.entries` by file, where a session's reading made them.
    public init(config: SiteConfig, reports: [Report], pages: [WrittenPage] = [], entries made: [String: [ArticleEntry]] = [:]) {
        self.config = config
        self.pages = WrittenPage.ordered(pages)
        reportCount = reports.count
        // Made on all cores where the reading did not: each entry finds its article's first sentence.
        let inFileOrder = reports.sorted(by: { $0.file < $1.file })
        var entries = inFileOrder.parallelMap(batch: 16) { report in
            made[report.file].flatMap { $0.count == report.articles.count ? $0 : nil } ?? ArticleEntry.entries(of: report, reportDigest: nil)
        }.flatMap { $0 }
        // Slugs are made unique in file order, so they never depend on the dates the reader finds.
        let slugs = Slug.unique(entries.map(\.slug))
        for (index, slug) in slugs.enumerated() { entries[index].slug = slug }
        let order = ArticleEntry.newestFirst(entries)
        entries = order.map { entries[$0] }
        // Where each article, in file order, went in the newest-first order.
        var placeOf = [Int](repeating: 0, count: order.count)
        for (index, fileIndex) in order.enumerated() { placeOf[fileIndex] = index }

        // Districts are told apart by city too: 鼓楼区 is in four cities, and every city may have a 开发区.
        var byDistrict: [String: [Int]] = [:]
        var places: [String: Place] = [:]
        for (index, entry) in entries.enumerated() {
            let place = entry.article.place
            let key = place.map { Self.qualifiedName($0) } ?? Self.unplacedName
            byDistrict[key, default: []].append(index)
            if let place { places[key] = places[key] ?? place }
        }
        // A figure an editor gave to a district counts there, even one no article is about.
        for place in reports.flatMap({ $0.moneyFacts.compactMap(\.district) }) {
            let key = Self.qualifiedName(place)
            if byDistrict[key] == nil { byDistrict[key] = [] }
            places[key] = places[key] ?? place
        }
        let shared = Dictionary(grouping: places.values.map(\.name), by: { $0 }).filter { $0.value.count > 1 }.keys
        var titles: [String: String] = [:]
        for (key, place) in places {
            titles[key] = place.isZone || shared.contains(place.name) ? key : place.name
        }
        byDistrict = Dictionary(uniqueKeysWithValues: byDistrict.map { (titles[$0.key] ?? $0.key, $0.value) })
        places = Dictionary(uniqueKeysWithValues: places.map { (titles[$0.key] ?? $0.key, $0.value) })
        // Pinyin is computed once per name, not in the sort's comparisons; the unplaced group goes last.
        let names = Self.sortedByPinyin(byDistrict.keys) { $0 == Self.unplacedName }
        let districtSlugs = Slug.unique(Slug.makeAll(names, names: true))
        districts = zip(names, districtSlugs).map { name, slug in
            DistrictIndex(name: name, slug: slug, place: places[name], articles: byDistrict[name]!)
        }
        let districtOfKey = Dictionary(uniqueKeysWithValues: names.indices.map { (names[$0], $0) })
        for (districtIndex, district) in districts.enumerated() {
            for article in district.articles { entries[article].district = districtIndex }
        }
        articles = entries
        months = ArchiveMonth.months(of: entries)

        var byCity: [String: [Int]] = [:]
        for (index, district) in districts.enumerated() {
            if let city = district.place?.city { byCity[city, default: []].append(index) }
        }
        let cityNames = Self.sortedByPinyin(byCity.keys) { _ in false }
        let districtArticles = districts.map(\.articles)
        cities = zip(cityNames, Slug.unique(Slug.makeAll(cityNames, names: true))).map { name, slug in
            CityIndex(name: name, slug: slug, districts: byCity[name]!,
                      articles: byCity[name]!.flatMap { districtArticles[$0] }.sorted())
        }
        for (cityIndex, city) in cities.enumerated() {
            for district in city.districts { districts[district].city = cityIndex }
        }

        var firstArticle = 0
        for report in inFileOrder {
            let base = facts.count
            defer { firstArticle += report.articles.count }
            for fact in report.moneyFacts {
                guard report.articles.indices.contains(fact.article) else { continue }
                let article = placeOf[firstArticle + fact.article]
                let placed = fact.district.flatMap { place in districtOfKey[titles[Self.qualifiedName(place)] ?? Self.qualifiedName(place)] }
                var entry = FactEntry(fact: fact, id: facts.count, article: article,
                                      district: placed ?? articles[article].district, parent: fact.parent.map { base + $0 })
                entry.anchor = "\(articles[article].slug)-\((factsByArticle[article]?.count ?? 0) + 1)"
                entry.isOfArticlesPlace = placed != nil || (fact.place.map { $0.name == articles[article].article.place?.name } ?? true)
                factsByArticle[article, default: []].append(entry.id)
                factsByDistrict[entry.district, default: []].append(entry.id)
                facts.append(entry)
            }
        }
        Restatements.mark(&facts)
        let articleDates = articles.map(\.article.date)
        Restatements.markSuperseded(&facts) { $0.fact.date ?? articleDates[$0.article] }
        for (district, ids) in factsByDistrict {
            let listed = ids.filter { facts[$0].restates == nil }.sorted { facts[$0].dateOrder < facts[$1].dateOrder }
            factRows[district] = listed
        }
        listings = FigureListing.make(facts: facts, districts: districts, rowsPerPage: config.figurePageSize)
        for (index, listing) in listings.enumerated() {
            listingIndex[listing.key] = index
            // A figure's own row is in its district's listing of its group.
            guard listing.key.district != nil, listing.key.kinds == listing.key.kinds.group else { continue }
            for (number, page) in listing.pages.enumerated() { for id in listing.facts[page.range] { rowPage[id] = number + 1 } }
        }
        for entry in facts where entry.isSummable { investmentByDistrict[entry.district, default: 0] += entry.fact.amount }
    }

    /// Where `entry`'s row is, from the site root: in its district's listing of its group (investment
    /// or other money), which lists every figure of the group.
    public func rowPath(of entry: FactEntry) -> String {
        // A figure printed again is listed once, in its first printing's row.
        if let first = entry.restates, facts.indices.contains(first), facts[first].restates == nil { return rowPath(of: facts[first]) }
        let key = FigureListing.Key(district: entry.district, kinds: FigureListing.Kinds.one(entry.fact.kind).group)
        guard let listing = listingIndex[key] else { return districts[entry.district].path }
        return "\(listings[listing].path(of: rowPage[entry.id] ?? 1))#fact-\(entry.anchor)"
    }

    /// The path of page `page` of the list whose first page is `path`: `districts/a.html`, `districts/a/2.html`.
    static func path(_ path: String, page: Int) -> String {
        page == 1 ? path : String(path.dropLast(".html".count)) + "/\(page).html"
    }

    /// `聊城市 开发区`: the name with its city in front, for names that are not unique on their own.
    public static func qualifiedName(_ place: Place) -> String {
        guard let city = place.city, city != place.name else { return place.name }
        return "\(city) \(place.name)"
    }

    static func sortedByPinyin(_ names: some Sequence<String>, last: (String) -> Bool) -> [String] {
        let names = Array(names)
        return zip(names, Slug.makeAll(names, names: true)).map { (last($0) ? 1 : 0, $1, $0) }
            .sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.2)
    }
}
