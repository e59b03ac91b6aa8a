/// The home page: the site, its cities and districts, the latest articles.
public struct HomeView: Sendable, Encodable {
    public var page: PageChrome
    public var cities: [CityLink]
    public var districts: [DistrictLink]
    public var articles: [ArticleLink]
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
    public var bodyHTML: String
    /// Where the text came from: `000_x.txt,第6–56行`.
    public var source: String
    public var related: [ArticleLink]
    /// What an editor's corrections changed in what the reader found (编辑更正).
    public var corrections: [String]
    public var hasCorrections: Bool
}

/// One district's index page.
public struct DistrictView: Sendable, Encodable {
    public var page: PageChrome
    public var name: String
    /// Page 1 has the timeline.
    public var isFirstPage: Bool
    public var pagination: Pagination
    public var city: String?
    public var cityURL: String?
    public var articles: [ArticleLink]
    /// Whether this page lists some of its articles.
    public var hasArticles: Bool
    /// How many figures the district has, each counted once.
    public var figureCount: Int
    /// Whether this page shows the tables of figures: page 1 always (saying 没有 when there are
    /// none), the others when they list some (`SiteModel.rowsPerPage` to a page).
    public var hasFigures: Bool
    /// `第201–400个,共675个` when the figures take more than one page.
    public var figureRange: String?
    /// The district's investment figures and, apart, its other money (loans, allocations …).
    public var investmentTable: FactTable
    public var otherTable: FactTable
    /// The filters over its tables, which list every figure of the district.
    public var kindOptions: [FilterOption]
    public var yearOptions: [FilterOption]
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
    public var articles: [ArticleLink]
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
    public var articles: [ArticleLink]
    public var pagination: Pagination
}

/// Every district and city with its number of articles.
public struct PlacesView: Sendable, Encodable {
    public var page: PageChrome
    public var districts: [DistrictLink]
    public var cities: [CityLink]
}

/// The investments page: totals, chart, map, and every money fact with filters.
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
    public var investmentTable: FactTable
    public var otherTable: FactTable
    public var kindOptions: [FilterOption]
    public var placeOptions: [FilterOption]
    public var yearOptions: [FilterOption]
    /// True when the tables list only the largest figures: the kind and year filters then act on those.
    public var isPartial: Bool
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
