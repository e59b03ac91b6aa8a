/// The Atom feed of the latest articles.
public struct FeedView: Sendable, Encodable {
    public var title: String
    public var subtitle: String
    public var siteURL: String
    public var feedURL: String
    public var updated: String
    public var language: String
    public var entries: [FeedEntry]
}

/// One Atom entry.
public struct FeedEntry: Sendable, Encodable {
    public var title: String
    public var url: String
    public var updated: String
    public var summary: String
    public var authors: [String]
    public var category: String
}

/// sitemap.xml's URLs.
public struct SitemapView: Sendable, Encodable {
    public var urls: [SitemapURL]
}

/// One sitemap URL with its optional last-modified day.
public struct SitemapURL: Sendable, Encodable {
    public var loc: String
    public var lastmod: String?
}

/// robots.txt.
public struct RobotsView: Sendable, Encodable {
    public var sitemapURL: String
}
