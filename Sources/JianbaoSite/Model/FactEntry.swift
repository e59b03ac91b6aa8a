import JianbaoReading

/// A money fact placed in the site: its number across the site, its article and its district.
public struct FactEntry: Sendable {
    /// The figure as read.
    public var fact: MoneyFact { box.value }
    // Shared, not copied, as `ArticleEntry`'s article.
    private let box: Shared<MoneyFact>
    /// Position in `SiteModel.facts`.
    public var id: Int
    /// Index into `SiteModel.articles`.
    public var article: Int
    /// Index into `SiteModel.districts`.
    public var district: Int
    /// The site-wide id of the figure this one is part of; it may come later in its report (a named example before its total).
    public var parent: Int?
    /// `slug-3` for the third figure of the article `slug`: the name of its row and of its mark in the text.
    /// It depends only on its own article, so editing one report does not rename the figures of every other.
    public var anchor: String = ""

    /// Whether the figure is of the place its article is about, not of a city or province it quotes.
    public var isOfArticlesPlace = true

    /// The id of the figure this one prints again (`Restatements`); nil for a figure's first printing.
    public var restates: Int?
    /// For a first printing: the other articles that print it again, in the order found.
    public var alsoIn: [Int] = []
    /// A figure of the same standing kind, district and year from a later article, which updates this
    /// one (`Restatements.markSuperseded`): this one is listed but not added up.
    public var supersededBy: Int?

    init(fact: MoneyFact, id: Int, article: Int, district: Int, parent: Int?) {
        box = Shared(fact)
        self.id = id
        self.article = article
        self.district = district
        self.parent = parent
    }

    /// How its district's tables order figures, and which printing of a figure comes first: by date
    /// (undated last), then file order.
    var dateOrder: (Int, Int, Int, Int, Int) {
        let date = fact.date
        return (date == nil ? 1 : 0, date?.year ?? 0, date?.month ?? 0, date?.day ?? 0, id)
    }

    /// Investment in yuan that may be added up: top-level figures only, so breakdowns are not counted twice.
    /// A city-wide or province-wide figure quoted in a district's article is not that district's investment,
    /// and a figure printed again is counted once, at its first printing.
    public var isSummable: Bool {
        fact.kind.isInvestment && fact.currency == "CNY" && parent == nil && isOfArticlesPlace && restates == nil && supersededBy == nil
    }
}
