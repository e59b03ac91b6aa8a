import JianbaoReading

/// Makes the view links for one page, relative to that page's folder.
struct LinkMaker {
    var model: SiteModel
    /// The relative path from the page to the site root.
    var root: String

    func article(_ index: Int) -> ArticleLink {
        let entry = model.articles[index]
        let district = model.districts[entry.district]
        return ArticleLink(
            title: entry.title, url: root + entry.path,
            date: entry.article.date.map(ChineseDate.long), isoDate: entry.article.date?.iso,
            district: district.name, districtURL: root + district.path,
            summary: entry.summary
        )
    }

    func district(_ index: Int) -> DistrictLink {
        let district = model.districts[index]
        let city = district.city.map { model.cities[$0] }
        return DistrictLink(name: district.name, url: root + district.path, count: district.articles.count,
                            city: city?.name, cityURL: city.map { root + $0.path })
    }

    func city(_ index: Int) -> CityLink {
        let city = model.cities[index]
        return CityLink(name: city.name, url: root + city.path, districtCount: city.districts.count,
                        articleCount: city.districts.reduce(0) { $0 + model.districts[$1].articles.count })
    }

    // A table cell shows about a line of the sentence; the full sentence is in the title and the article.
    static let quoteLength = 40

    func fact(_ entry: FactEntry) -> FactRow {
        let fact = entry.fact
        let district = model.districts[entry.district]
        let quote = fact.quote.text
        // Only the characters shown are walked: counting every character of each sentence was much of a row.
        let shown = quote.prefix(Self.quoteLength)
        return FactRow(
            anchor: "fact-\(entry.anchor)",
            date: fact.date.map(ChineseDate.long), dateSort: fact.date?.iso ?? "",
            kind: MoneyText.kind(fact.kind), kindCode: fact.kind.rawValue,
            projects: fact.projects.map(String.init) ?? "", amount: MoneyText.amount(fact.amount, currency: fact.currency, approx: fact.approx),
            amountSort: DecimalText.plain(fact.amount),
            annual: fact.annual.map { MoneyText.amount($0, currency: fact.currency) } ?? "", annualSort: fact.annual.map(DecimalText.plain) ?? "",
            category: fact.category,
            quote: shown.endIndex == quote.endIndex ? quote : String(shown) + "…", quoteFull: quote,
            sentenceURL: root + model.articles[entry.article].path + "#amount-\(entry.anchor)",
            district: fact.place?.level == .province ? fact.place!.name : district.name, districtURL: root + district.path,
            parentURL: entry.parent.flatMap { model.facts.indices.contains($0) ? root + model.rowPath(of: model.facts[$0]) : nil },
            supersededURL: entry.supersededBy.flatMap { model.facts.indices.contains($0) ? root + model.rowPath(of: model.facts[$0]) : nil },
            year: "\(fact.year)",
            printedIn: entry.alsoIn.isEmpty ? nil : "见于\(entry.alsoIn.count + 1)篇报道", alsoIn: entry.alsoIn.map(article)
        )
    }
}
