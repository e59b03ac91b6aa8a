/// A page of a listing of figures (`FigureListing`): one district's or the site's, of a group of kinds or one kind, one year.
public struct FigureListView: Sendable, Encodable {
    public var page: PageChrome
    /// `签约` or `投资数字`, with the district in front on a district's listing: `张店区 · 签约`.
    public var heading: String
    public var district: DistrictLink?
    /// `2020年`: every figure of the page is of that year.
    public var year: String
    /// `第201–400个,共675个`, counting the whole listing.
    public var range: String
    /// What the listing adds up, for the groups: investment only, or money that is never investment.
    public var about: String
    public var facets: FigureFacets
    public var table: FactTable
    public var pagination: Pagination
}

/// The filters over figures, as links to the pages the build made for each choice.
public struct FigureFacets: Sendable, Encodable {
    /// The investment group, then each investment kind present; the same for the other money.
    public var investmentKinds: [FacetLink]
    public var otherKinds: [FacetLink]
    public var hasInvestmentKinds: Bool
    public var hasOtherKinds: Bool
    /// The years of the listing, newest first, each linking to its first page.
    public var years: [FacetLink]
    public var hasYears: Bool
    /// On the site's pages: every district that has figures of the chosen kinds, its listing as the value.
    public var places: Digested<[FilterOption]>
    public var hasPlaces: Bool
    /// On a district's pages: the district, and the site's listing of the same kinds.
    public var district: String?
    public var allDistrictsURL: String?
}

/// One choice of a filter: the page it opens.
public struct FacetLink: Sendable, Encodable {
    public var label: String
    public var url: String
    /// `1,234` figures, or `第1–3页` for a year; empty where the page does not count them.
    public var detail: String
    public var hasDetail: Bool
    /// The choice this page shows.
    public var isCurrent: Bool

    public init(label: String, url: String, detail: String, isCurrent: Bool) {
        self.label = label
        self.url = url
        self.detail = detail
        hasDetail = !detail.isEmpty
        self.isCurrent = isCurrent
    }
}
