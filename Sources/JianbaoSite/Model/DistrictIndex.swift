import JianbaoReading

/// A district and its articles, newest first.
public struct DistrictIndex: Sendable {
    public var name: String
    public var slug: String
    /// The gazetteer's place, nil for the unplaced group.
    public var place: Place?
    /// Indexes into `SiteModel.articles`.
    public var articles: [Int]
    /// Index into `SiteModel.cities`, when the city is known.
    public var city: Int?

    /// The folder of the district pages, from the site root.
    public static let folder = "districts"

    public var path: String { "\(Self.folder)/\(slug).html" }

    /// The page listing every district and city.
    public static let listPath = "\(folder)/index.html"
}

/// A prefecture-level city and its districts.
public struct CityIndex: Sendable {
    public var name: String
    public var slug: String
    /// Indexes into `SiteModel.districts`.
    public var districts: [Int]
    /// Its districts' articles, newest first (indexes into `SiteModel.articles`).
    public var articles: [Int]

    public var path: String { "cities/\(slug).html" }
}
