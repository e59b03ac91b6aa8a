/// What every page's layout needs: titles, the path back to the site root, the canonical URL.
public struct PageChrome: Sendable, Encodable {
    public var siteTitle: String
    public var siteDescription: String
    public var language: String
    /// The page's own title, shown in the tab and as its heading.
    public var title: String
    public var description: String
    /// The relative path from this page to the site root (`""` or `"../"`), or the base URL on 404.
    public var root: String
    public var canonicalURL: String
    /// Which navigation item is current: `home`, `investments` or nil.
    public var isHome: Bool
    public var isInvestments: Bool
    public var isArchive: Bool
    public var isPlaces: Bool
    public var isSearch: Bool
    /// The neighbouring pages of a paged list, for `<link rel="prev|next">`.
    public var prevURL: String?
    public var nextURL: String?
    /// The hand-written pages that have a `menu` label, in order.
    public var menu: [MenuLink]
}

/// A hand-written page's link in the header.
public struct MenuLink: Sendable, Encodable {
    public var label: String
    /// Relative to the site root: put `page.root` before it.
    public var url: String
    public var isCurrent: Bool
}
