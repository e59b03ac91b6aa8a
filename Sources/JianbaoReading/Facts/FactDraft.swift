/// A money fact while the extractor still needs to know where it sat, to link breakdowns.
struct FactDraft: Sendable {
    var fact: MoneyFact
    /// Article, paragraph and sentence it was read from.
    var paragraph: [Int]
    var sentence: Int
    var column: Int
    /// The figure a 其中 sentence breaks down, as an index into the drafts.
    var breakdownOf: Int?
    /// Named or labelled projects given as examples (`投资10亿元的某某项目`).
    var isExample: Bool
    /// The projects' label, which becomes the category when the fact turns out to be part of another.
    var label: String?
    var kindFromWords: Bool
    /// Its sentence adds up a period (`以来`, `累计`), so smaller figures of the same kind may be part of it.
    var isCumulative: Bool
}
