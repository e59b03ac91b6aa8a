import JianbaoReading

/// The whole site as values: every article with its URL, and the district and city indexes.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    public var reportCount: Int
    /// Articles newest first; undated ones last, in file order.
    public var articles: [ArticleEntry]
    public var districts: [DistrictIndex]
    public var cities: [CityIndex]

    /// The name used for articles whose place the reader could not tell.
    public static let unplacedName = "未标明区县"

    /// Builds the model from the reports read, assigning stable unique slugs.
    public init(config: SiteConfig, reports: [Report]) {
        self.config = config
        reportCount = reports.count
        var entries: [ArticleEntry] = []
        for report in reports.sorted(by: { $0.file < $1.file }) {
            for (position, article) in report.articles.enumerated() {
                entries.append(ArticleEntry(article: article, slug: Slug.make(article.displayTitle),
                                            report: report.file, position: position))
            }
        }
        // Slugs are made unique in file order, so they never depend on the dates the reader finds.
        for (index, slug) in Slug.unique(entries.map(\.slug)).enumerated() { entries[index].slug = slug }
        entries.sort(by: ArticleEntry.newestFirst)

        var byDistrict: [String: [Int]] = [:]
        var places: [String: Place] = [:]
        for (index, entry) in entries.enumerated() {
            let name = entry.article.place?.name ?? Self.unplacedName
            byDistrict[name, default: []].append(index)
            if let place = entry.article.place { places[name] = places[name] ?? place }
        }
        // Pinyin is computed once per name, not in the sort's comparisons; the unplaced group goes last.
        let names = Self.sortedByPinyin(byDistrict.keys) { $0 == Self.unplacedName }
        let districtSlugs = Slug.unique(names.map { Slug.make($0) })
        districts = zip(names, districtSlugs).map { name, slug in
            DistrictIndex(name: name, slug: slug, place: places[name], articles: byDistrict[name]!)
        }
        for (districtIndex, district) in districts.enumerated() {
            for article in district.articles { entries[article].district = districtIndex }
        }
        articles = entries

        var byCity: [String: [Int]] = [:]
        for (index, district) in districts.enumerated() {
            if let city = district.place?.city { byCity[city, default: []].append(index) }
        }
        let cityNames = Self.sortedByPinyin(byCity.keys) { _ in false }
        cities = zip(cityNames, Slug.unique(cityNames.map { Slug.make($0) })).map { name, slug in
            CityIndex(name: name, slug: slug, districts: byCity[name]!)
        }
        for (cityIndex, city) in cities.enumerated() {
            for district in city.districts { districts[district].city = cityIndex }
        }
    }

    static func sortedByPinyin(_ names: some Sequence<String>, last: (String) -> Bool) -> [String] {
        names.map { (last($0) ? 1 : 0, Slug.make($0), $0) }.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.2)
    }
}
