/// The search page and the files its script reads: the index in shards, one text per article, the filters' lists.
///
/// A stage of its own, after the pages: the page names the shard count, and `--timings` shows what search costs.
struct SearchPage {
    static let path = "search.html"
    let pages: SitePages

    /// How many files `render` writes for `articles` articles: the page, the filters' lists, the shards and a text each.
    static func fileCount(articles: Int) -> Int {
        2 + SearchIndex.shardCount(articles: articles) + articles
    }

    func render(into sink: some OutputSink) {
        let model = pages.model
        let documents = SearchDocuments(model: model)
        // Each article's text is written as it is indexed, so its fields are made once.
        let index = SearchIndex(articleCount: model.articles.count) { number in
            let fields = SearchText.fields(of: model.articles[number])
            sink.add(SearchDocuments.path(of: number), bytes: documents.text(of: number, fields: fields))
            return fields
        }
        _ = index.shardFiles().parallelMap { sink.add($0.path, bytes: $0.bytes) }
        sink.add(SearchDocuments.facetsPath, bytes: documents.facets())
        let view = SearchView(
            page: pages.chrome(title: "搜索", path: Self.path, root: ""),
            districts: model.districts.enumerated().map { SearchDistrict(name: $1.name, slug: $1.slug, number: $0) },
            years: documents.years, shardCount: index.shardCount, longestRun: GramTable.longestRun,
            articleCount: model.articles.count, pageSize: pages.config.pageSize
        )
        sink.add(Self.path, bytes: Array(pages.templates.render(view, with: "search").utf8))
    }
}
