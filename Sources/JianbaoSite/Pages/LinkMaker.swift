import JianbaoReading

/// Makes the view links for one page, relative to that page's folder.
struct LinkMaker {
    var model: SiteModel
    /// The relative path from the page to the site root.
    var root: String

    func article(_ index: Int) -> ArticleLink {
        let entry = model.articles[index]
        let district = model.districts[entry.district]
        let first = entry.article.paragraphs.first.map { SentenceSplitter.sentences(in: $0.text).first ?? $0.text }
        return ArticleLink(
            title: entry.article.displayTitle, url: root + entry.path,
            date: entry.article.date.map(ChineseDate.long), isoDate: entry.article.date?.iso,
            district: district.name, districtURL: root + district.path,
            summary: first.map { $0.count > 80 ? String($0.prefix(80)) + "…" : $0 }
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

    func amount(_ found: AmountSentence) -> AmountRow {
        let link = article(found.article)
        return AmountRow(sentence: found.sentence, articleTitle: link.title, articleURL: link.url,
                         district: link.district, districtURL: link.districtURL)
    }
}
