/// Where a page of a long list stands among its pages: `partials/pagination` shows the numbers.
public struct Pagination: Sendable, Encodable {
    /// False when the whole list fits on one page (then nothing is shown).
    public var isPaged: Bool
    public var current: Int
    public var total: Int
    public var prevURL: String?
    public var nextURL: String?
    public var pages: [PageNumber]
}

/// One page number's link.
public struct PageNumber: Sendable, Encodable {
    public var number: Int
    public var url: String
    public var isCurrent: Bool
    /// Stands for the pages left out between two numbers (shown as …).
    public var isGap: Bool
}
