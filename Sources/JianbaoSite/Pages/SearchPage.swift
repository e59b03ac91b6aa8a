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

    /// Writes every search file into `sink`; with a session's `memory`, only those that changed since
    /// the index it keeps, when the site still numbers the same articles.
    func render(into sink: some OutputSink, memory: SearchMemory? = nil) {
        let model = pages.model
        let documents = SearchDocuments(model: model)
        let headings = Array(model.articles.indices).parallelMap(batch: 256) { documents.heading(of: $0) }
        let articles = memory == nil ? [] : model.articles.map(SearchMemory.Article.init)
        let indexed: SearchMemory.Indexed
        if let memory, let writer = sink as? SessionWriter, var known = memory.take(numbering: articles) {
            update(&known, articles: articles, headings: headings, into: writer)
            indexed = known
        } else {
            let fields = model.articles.parallelMap(batch: 64) { SearchText.fields(of: $0) }
            let index = SearchIndex(articleCount: fields.count) { fields[$0] }
            _ = Array(fields.indices).parallelMap(batch: 64) { number in
                sink.add(SearchDocuments.path(of: number), bytes: SearchDocuments.text(of: number, heading: headings[number], fields: fields[number]))
            }
            _ = index.shardFiles().parallelMap { sink.add($0.path, bytes: $0.bytes) }
            indexed = SearchMemory.Indexed(articles: articles, fields: memory == nil ? [] : fields, headings: headings, index: index)
        }
        memory?.keep(indexed)
        sink.add(SearchDocuments.facetsPath, bytes: documents.facets())
        let view = SearchView(
            page: pages.chrome(title: "搜索", path: Self.path, root: ""),
            districts: model.districts.enumerated().map { SearchDistrict(name: $1.name, slug: $1.slug, number: $0) },
            years: documents.years, shardCount: indexed.index.shardCount, longestRun: GramTable.longestRun,
            articleCount: model.articles.count, pageSize: pages.config.pageSize
        )
        sink.add(Self.path, bytes: Array(pages.templates.render(view, with: "search").utf8))
    }

    // Re-indexes the articles whose fields changed, writes their texts and those whose heading
    // changed, and the shards whose lists changed; every other search file is kept as it is.
    private func update(_ indexed: inout SearchMemory.Indexed, articles: [SearchMemory.Article], headings: [SearchDocuments.Heading],
                        into writer: SessionWriter) {
        var shards = Set<Int>()
        for number in articles.indices {
            let path = SearchDocuments.path(of: number)
            let old = indexed.fields[number]
            let fields = articles[number].isUnchanged(from: indexed.articles[number]) ? old : SearchText.fields(of: pages.model.articles[number])
            let changed = fields != old
            if changed {
                shards.formUnion(indexed.index.replace(article: Int32(number), old: old, new: fields))
                indexed.fields[number] = fields
            }
            if changed || headings[number] != indexed.headings[number] || !writer.keep(path) {
                writer.add(path, bytes: SearchDocuments.text(of: number, heading: headings[number], fields: fields))
            }
        }
        let (index, changed) = (indexed.index, shards)
        _ = Array(0..<index.shardCount).parallelMap(batch: 64) { number in
            let path = SearchIndex.path(of: number)
            if changed.contains(number) || !writer.keep(path) { writer.add(path, bytes: index.shardFile(number)) }
        }
        indexed.articles = articles
        indexed.headings = headings
    }
}
