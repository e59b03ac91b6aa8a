/// The home page: the site, its cities and districts, the latest articles.
public struct HomeView: Sendable, Encodable {
    public var page: PageChrome
    public var cities: [CityLink]
    public var districts: [DistrictLink]
    public var articles: [Rooted<ArticleLink>]
    public var reportCount: Int
    public var articleCount: Int
    /// Investment by district, when there are figures.
    public var chart: BarChartView?
}

/// One article page.
public struct ArticleView: Sendable, Encodable {
    public var page: PageChrome
    public var kicker: String?
    public var headline: String
    /// True when the headline was made from the first sentence because none was printed.
    public var headlineIsMade: Bool
    public var subheadline: String?
    public var byline: String?
    public var date: String?
    public var isoDate: String?
    public var district: DistrictLink
    /// The text with every figure linked to its row.
    public var bodyHTML: LazyHTML
    /// Where the text came from: `000_x.txt,第6–56行`.
    public var source: String
    public var related: [Rooted<ArticleLink>]
    /// What an editor's corrections changed in what the reader found (编辑更正).
    public var corrections: [String]
    public var hasCorrections: Bool
}

/// One district's index page.
public struct DistrictView: Sendable, Encodable {
    public var page: PageChrome
    public var name: String
    /// Page 1 has the figures and the timeline.
    public var isFirstPage: Bool
    public var pagination: Pagination
    public var city: String?
    public var cityURL: String?
    public var articles: [Rooted<ArticleLink>]
    /// How many figures the district has, each counted once.
    public var figureCount: Int
    /// Whether this page shows the figures: page 1 (saying 没有 when there are none).
    public var hasFigures: Bool
    /// The first of the district's investment figures and, apart, of its other money (loans,
    /// allocations …), each linking to its listing when there are more.
    public var investmentTable: FactTable
    public var otherTable: FactTable
    /// Links to the district's listings by kind and year.
    public var facets: FigureFacets
    /// The district's own downloads, when it has figures.
    public var csvURL: String?
    public var jsonURL: String?
    /// Dated figures in date order.
    public var timeline: [TimelineItem]
    public var hasTimeline: Bool
}

/// A dated figure on a district's timeline.
public struct TimelineItem: Sendable, Encodable {
    public var date: String
    public var isoDate: String
    public var text: String
    public var url: String
}

/// One city's index page.
public struct CityView: Sendable, Encodable {
    public var page: PageChrome
    public var name: String
    public var districts: [DistrictLink]
    public var articleCount: Int
    /// Its districts' articles, newest first, a page of them.
    public var articles: [Rooted<ArticleLink>]
    public var isFirstPage: Bool
    public var pagination: Pagination
}

/// The archive: every month with its number of articles.
public struct ArchiveView: Sendable, Encodable {
    public struct Month: Sendable, Encodable {
        public var label: String
        public var url: String
        public var count: Int
    }

    public var page: PageChrome
    public var months: [Month]
}

/// One month's articles, a page of them.
public struct MonthView: Sendable, Encodable {
    public var page: PageChrome
    public var label: String
    public var count: Int
    public var articles: [Rooted<ArticleLink>]
    public var pagination: Pagination
}

/// Every district and city with its number of articles.
public struct PlacesView: Sendable, Encodable {
    public var page: PageChrome
    public var districts: [DistrictLink]
    public var cities: [CityLink]
}

/// The investments page: totals, chart, map, the largest figures, and filters that open the listings of all of them.
public struct InvestmentsView: Sendable, Encodable {
    public var page: PageChrome
    /// Figures, each counted once however often it is printed.
    public var factCount: Int
    /// Printings of a figure already counted.
    public var restatementCount: Int
    public var hasRestatements: Bool
    public var totalsByDistrict: [TotalRow]
    public var totalsByKind: [TotalRow]
    public var chart: BarChartView?
    public var map: MapView?
    /// The first figures of the site's investment and other-money listings, which have them all.
    public var investmentTable: FactTable
    public var otherTable: FactTable
    /// Links to the listings by kind, year and district.
    public var facets: FigureFacets
    public var csvURL: String
    public var jsonURL: String
}

/// A hand-written page from `Pages/`.
public struct WrittenPageView: Sendable, Encodable {
    public var page: PageChrome
    public var title: String
    /// The page's Markdown as HTML (raw HTML in it omitted).
    public var bodyHTML: String
}

/// The 404 page.
public struct NotFoundView: Sendable, Encodable {
    public var page: PageChrome
}
