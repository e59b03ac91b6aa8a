import JianbaoReading

/// The pure middle of a build: from the loaded input to the output files, handed to a sink; no disk access here.
public enum SiteBuilder {
    /// What a build produced, for the writer and for the summary line.
    public struct Result: Sendable {
        public var tree: OutputTree
        public var model: SiteModel
        public var diagnostics: [Diagnostic]
        public var moneyFactCount: Int
    }

    /// Reads each report, builds the site model, renders every page and adds the assets.
    public static func build(_ input: ProjectInput, cache: ReadingCache? = nil) throws(SiteError) -> Result {
        var clock = StageClock()
        return try build(input, cache: cache, progress: nil, clock: &clock)
    }

    /// The same, counting files read into `progress` and timing each stage on `clock`. With a `sink`,
    /// files go there as they are rendered and the result's tree stays empty. `keys` are the reports'
    /// reading keys when the caller has made them already.
    public static func build(_ input: ProjectInput, cache: ReadingCache? = nil, keys: [UInt64]? = nil, progress: BuildProgress? = nil,
                             clock: inout StageClock, into sink: (any OutputSink)? = nil) throws(SiteError) -> Result {
        let templates = try TemplateSet(input.templates)
        let keys = keys ?? readingKeys(input)
        let (reports, readingDiagnostics) = read(input.reports, config: input.config, cache: cache, keys: keys, progress: progress)
        clock.lap("read")
        let sources = Dictionary(zip(input.reports.map(\.name), keys), uniquingKeysWith: { first, _ in first })
        let model = SiteModel(config: input.config, reports: reports, sources: sources)
        clock.lap("model")
        let collector = OutputCollector()
        let destination: any OutputSink = sink ?? collector
        let pages = SitePages(model: model, templates: templates)
        progress?.update { $0.pagesTotal = pages.fileCount + input.assets.count }
        pages.render(into: destination)
        for (path, bytes) in input.assets.sorted(by: { $0.key < $1.key }) {
            destination.add("assets/" + path, bytes: bytes)
        }
        clock.lap(sink == nil ? "render" : "render+write")
        let diagnostics = templates.warnings + (input.skipped + readingDiagnostics)
        return Result(tree: collector.tree, model: model, diagnostics: diagnostics, moneyFactCount: model.facts.count)
    }

    /// Each report's reading key (`ReadingCache.key`), in the order of `files`.
    public static func readingKeys(_ files: [ReportFile], config: SiteConfig) -> [UInt64] {
        files.parallelMap { ReadingCache.key(of: $0, config: config) }
    }

    /// The reading keys of `input`'s reports, from the hashes the loader made when it has them.
    public static func readingKeys(_ input: ProjectInput) -> [UInt64] {
        guard let hashes = input.reportHashes, hashes.count == input.reports.count else { return readingKeys(input.reports, config: input.config) }
        return zip(input.reports, hashes).map { ReadingCache.key(name: $0.name, bytesHash: $1, config: input.config) }
    }

    /// Reads report files into reports; files that are not text are skipped with an error.
    public static func read(_ files: [ReportFile], config: SiteConfig, cache: ReadingCache? = nil,
                            progress: BuildProgress? = nil) -> ([Report], [Diagnostic]) {
        read(files, config: config, cache: cache, keys: cache == nil ? nil : readingKeys(files, config: config), progress: progress)
    }

    static func read(_ files: [ReportFile], config: SiteConfig, cache: ReadingCache?, keys: [UInt64]?,
                     progress: BuildProgress?) -> ([Report], [Diagnostic]) {
        let reader = PageReader(options: ReadingOptions(defaultYear: config.defaultYear, gazetteer: gazetteer(for: config)))
        progress?.update { $0.filesTotal = files.count }
        let readings = Array(files.indices).parallelMap { index in
            defer { progress?.update { $0.filesRead += 1 } }
            let read = { let (report, diagnostics) = reader.read(files[index]); return ReportReading(report: report, diagnostics: diagnostics) }
            guard let cache, let keys else { return read() }
            return cache.reading(key: keys[index], read: read)
        }
        return (readings.compactMap(\.report), readings.flatMap(\.diagnostics))
    }

    /// The built-in gazetteer with site.json's places added.
    public static func gazetteer(for config: SiteConfig) -> Gazetteer {
        var gazetteer = Gazetteer.china
        for place in config.places {
            gazetteer.add(Place(name: place.name, level: .district, city: place.city, province: place.province,
                                longitude: place.longitude, latitude: place.latitude),
                          aliases: place.aliases ?? [])
        }
        return gazetteer
    }
}
