import JianbaoReading

/// The Atom feed and the sitemap, whose URLs are absolute from the base URL.
struct SiteFeeds {
    var model: SiteModel

    func feed() -> FeedView {
        let config = model.config
        let latest = model.articles.prefix(config.latestCount)
        let newest = model.articles.compactMap(\.article.date).max()
        let fallback = ReportDate(year: config.defaultYear, month: 1, day: 1)
        return FeedView(
            title: config.title, subtitle: config.description, siteURL: config.baseURL,
            feedURL: config.baseURL + "feed.xml", updated: ChineseDate.rfc3339(newest ?? fallback),
            language: config.language,
            entries: latest.map { entry in
                let names = entry.article.byline.reporters + entry.article.byline.correspondents
                return FeedEntry(
                    title: entry.title, url: config.baseURL + entry.path,
                    updated: ChineseDate.rfc3339(entry.article.date ?? newest ?? fallback),
                    summary: entry.firstSentence ?? "",
                    authors: names.isEmpty ? [config.title] : names,
                    category: model.districts[entry.district].name
                )
            }
        )
    }

    /// Every HTML page but 404, in path order, with the newest article date of each where it has one.
    func sitemap(pages: [String]) -> SitemapView {
        var dates: [String: ReportDate] = [:]
        for entry in model.articles { if let date = entry.article.date { dates[entry.path] = date } }
        for district in model.districts {
            if let date = district.articles.compactMap({ model.articles[$0].article.date }).max() { dates[district.path] = date }
        }
        let newest = model.articles.compactMap(\.article.date).max()
        return SitemapView(urls: pages.filter { $0.hasSuffix(".html") && $0 != "404.html" }.map { path in
            SitemapURL(loc: model.config.baseURL + (path == "index.html" ? "" : path),
                       lastmod: (dates[path] ?? newest)?.iso)
        })
    }
}
