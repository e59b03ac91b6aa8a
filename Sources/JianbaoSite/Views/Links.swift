/// A link to an article, with its preformatted date and district.
public struct ArticleLink: Sendable, Encodable, Equatable, RootRelative {
    public var title: String
    public var url: String
    public var date: String?
    public var isoDate: String?
    public var district: String
    public var districtURL: String
    public var summary: String?

    /// The link from a page whose way back to the site root is `root`, when made from the root.
    public func rooted(_ root: String) -> ArticleLink {
        guard !root.isEmpty else { return self }
        var link = self
        link.url = root + url
        link.districtURL = root + districtURL
        return link
    }
}

/// A link to a district page with its article count.
public struct DistrictLink: Sendable, Encodable {
    public var name: String
    public var url: String
    public var count: Int
    public var city: String?
    public var cityURL: String?
}

/// A link to a city page with its district count.
public struct CityLink: Sendable, Encodable {
    public var name: String
    public var url: String
    public var districtCount: Int
    public var articleCount: Int
}
