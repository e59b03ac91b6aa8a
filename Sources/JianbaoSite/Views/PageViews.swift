/// The home page: the site, its cities and districts, the latest articles.
public struct HomeView: Sendable {
    public var page: PageChrome
    public var cities: [CityLink]
    public var districts: [DistrictLink]
    public var articles: [ArticleLink]
    public var reportCount: Int
    public var articleCount: Int
}

/// One article page.
public struct ArticleView: Sendable {
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
    public var bodyHTML: String
    /// Where the text came from: `000_x.txt,第6–56行`.
    public var source: String
    public var related: [ArticleLink]
}

/// One district's index page.
public struct DistrictView: Sendable {
    public var page: PageChrome
    public var name: String
    public var city: String?
    public var cityURL: String?
    public var articles: [ArticleLink]
    public var amounts: [AmountRow]
}

/// One city's index page.
public struct CityView: Sendable {
    public var page: PageChrome
    public var name: String
    public var districts: [DistrictLink]
    public var articleCount: Int
}

/// The investments page: until money facts exist, the sentences that state amounts.
public struct InvestmentsView: Sendable {
    public var page: PageChrome
    public var districts: [InvestmentDistrictRow]
    public var amounts: [AmountRow]
}

/// A district's line in the investments overview.
public struct InvestmentDistrictRow: Sendable {
    public var name: String
    public var url: String
    public var city: String?
    public var articleCount: Int
    public var amountCount: Int
}

/// A sentence that states an amount of money, linking to its article.
public struct AmountRow: Sendable {
    public var sentence: String
    public var articleTitle: String
    public var articleURL: String
    public var district: String
    public var districtURL: String
}

/// The 404 page.
public struct NotFoundView: Sendable {
    public var page: PageChrome
}
