/// The search page with its index, shards and filter lists: one job, since the page names the shard count.
struct SearchPage {
    static let path = "search.html"
    let pages: SitePages

    func render(into sink: some OutputSink) {
        let model = pages.model
        let index = SearchIndex(articleCount: model.articles.count) { number in SearchText.fields(of: model.articles[number]) }
        for (path, bytes) in index.shardFiles() { sink.add(path, bytes: bytes) }
        let documents = SearchDocuments(model: model)
        sink.add(SearchDocuments.facetsPath, bytes: documents.facets())
        let view = SearchView(
            page: pages.chrome(title: "搜索", path: Self.path, root: ""),
            districts: model.districts.enumerated().map { SearchDistrict(name: $1.name, slug: $1.slug, number: $0) },
            years: documents.years, shardCount: index.shardCount, articleCount: model.articles.count,
            pageSize: pages.config.pageSize
        )
        sink.add(Self.path, bytes: Array(pages.templates.render(view, with: "search").utf8))
    }
}
