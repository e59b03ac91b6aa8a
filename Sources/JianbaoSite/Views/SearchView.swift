/// The search page: the form, its filters' choices, and what `search.js` needs to find the index.
public struct SearchView: Sendable, Encodable {
    public var page: PageChrome
    /// Each district as the filter offers it; `number` is its place in the facets file.
    public var districts: [SearchDistrict]
    public var years: [Int]
    public var shardCount: Int
    /// The longest piece of an ASCII word or number with a list of its own (`search.js` looks such a query up whole).
    public var longestRun: Int
    public var articleCount: Int
    public var pageSize: Int
}

/// A district in the search filter.
public struct SearchDistrict: Sendable, Encodable {
    public var name: String
    public var slug: String
    public var number: Int
}
