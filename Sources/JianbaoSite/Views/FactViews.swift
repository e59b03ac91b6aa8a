/// One money fact as a table row, every cell preformatted, with a sort key where text would sort wrongly.
public struct FactRow: Sendable, Encodable, Equatable, RootRelative {
    /// The row's anchor: `fact-12`.
    public var anchor: String
    /// `2020年2月17日`, nil for a figure the reader found no date for.
    public var date: String?
    public var dateSort: String
    public var kind: String
    public var kindCode: String
    public var projects: String
    public var amount: String
    /// The amount in yuan, for sorting.
    public var amountSort: String
    public var annual: String
    public var annualSort: String
    public var category: String?
    /// The quoted sentence, shortened for the table; `quoteFull` for its title.
    public var quote: String
    public var quoteFull: String
    /// The marked figure in the article's text.
    public var sentenceURL: String
    public var district: String
    public var districtURL: String
    /// For a part of a larger figure, the link to that figure's row.
    public var parentURL: String?
    /// A later report's figure updates this one, which is therefore not added up: the link to its row.
    public var supersededURL: String?
    /// The year the figure is of, for the year filter.
    public var year: String
    /// `见于 5 篇报道` when other articles print the same figure again; nil when only its own does.
    public var printedIn: String?
    /// The other articles that print it.
    public var alsoIn: [ArticleLink]

    /// The row with its links, made from the site root, starting at `root` instead.
    public func rooted(_ root: String) -> FactRow {
        guard !root.isEmpty else { return self }
        var row = self
        row.sentenceURL = root + sentenceURL
        row.districtURL = root + districtURL
        row.parentURL = parentURL.map { root + $0 }
        row.supersededURL = supersededURL.map { root + $0 }
        row.alsoIn = alsoIn.map { link in
            var link = link
            link.url = root + link.url
            link.districtURL = root + link.districtURL
            return link
        }
        return row
    }
}

/// A line of the totals by district or by kind.
public struct TotalRow: Sendable, Encodable {
    public var name: String
    public var url: String?
    public var count: Int
    /// Summed top-level figures, preformatted; empty when there is nothing to sum.
    public var total: String
    public var totalSort: String
}

/// A choice in a filter menu.
public struct FilterOption: Sendable, Encodable {
    public var value: String
    public var label: String
}

/// A table of money facts; `withDistrict` adds the district column on pages that span districts.
public struct FactTable: Sendable, Encodable {
    public var caption: String
    /// Each row digested once for all the pages that list it.
    public var rows: [Rooted<FactRow>]
    public var withDistrict: Bool
    // Stored, not computed: templates see stored properties only.
    public var isEmpty: Bool
    /// Said above the table when it shows only some of the figures: how many, and where the rest are.
    public var note: String?
    /// For a table that shows the first figures of a listing: the listing, and what the link says.
    public var moreURL: String?
    public var moreLabel: String?

    init(caption: String, rows: [Rooted<FactRow>], withDistrict: Bool, note: String? = nil, moreURL: String? = nil, moreLabel: String? = nil) {
        self.caption = caption
        self.rows = rows
        self.withDistrict = withDistrict
        isEmpty = rows.isEmpty
        self.note = note
        self.moreURL = moreURL
        self.moreLabel = moreLabel
    }
}
