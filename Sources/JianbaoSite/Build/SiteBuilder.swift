import JianbaoReading

/// The pure middle of a build: from the loaded input to the output files, handed to a sink; no disk access here.
public enum SiteBuilder {
    /// What a build produced, for the writer and for the summary line.
    public struct Result: Sendable {
        public var tree: OutputTree
        public var model: SiteModel
        public var diagnostics: [Diagnostic]
        public var moneyFactCount: Int
        /// What each of the editor's corrections changed.
        public var corrections: [CorrectionChange] = []
    }

    /// Reads each report, builds the site model, renders every page and adds the assets.
    public static func build(_ input: ProjectInput) throws(SiteError) -> Result {
        var clock = StageClock()
        return try build(input, clock: &clock)
    }

    /// The build's pure steps in order (read, correct, model, render, search), timed on `clock`. Files go to `sink` as
    /// they are rendered, or into the result's tree when there is none; `readings` is a long-running
    /// process's memory of its last build. The reports' bytes are let go once read, so a large site
    /// never holds them and the pages at once.
    public static func build(_ input: consuming ProjectInput, readings: ReadingCache? = nil, progress: BuildProgress? = nil,
                             clock: inout StageClock, into sink: (any OutputSink)? = nil) throws(SiteError) -> Result {
        let site = try prepare(input, readings: readings, progress: progress, clock: &clock)
        let collector = OutputCollector()
        let destination: any OutputSink = sink ?? collector
        progress?.update { $0.pagesTotal = site.pages.fileCount + site.assets.count }
        site.pages.render(into: destination)
        for asset in site.assets { destination.add(asset.path, bytes: asset.make().bytes()) }
        clock.lap(sink == nil ? "render" : "render+write")
        SearchPage(pages: site.pages).render(into: destination)
        clock.lap("search")
        return Result(tree: collector.tree, model: site.pages.model, diagnostics: site.diagnostics,
                      moneyFactCount: site.pages.model.facts.count, corrections: site.corrections)
    }

    /// A site read and modelled, ready to render: every file it has, as `SiteFile`s, and what the build reports.
    public struct Prepared: Sendable {
        public var pages: SitePages
        /// The copied assets, under `assets/`.
        var assets: [SiteFile]
        public var diagnostics: [Diagnostic]
        public var corrections: [CorrectionChange]

        /// Every file but the search files (`SearchPage`), which are made together.
        var files: [SiteFile] { pages.files + assets }
    }

    /// The steps before rendering: parse the templates, read, correct, model.
    public static func prepare(_ input: consuming ProjectInput, readings: ReadingCache? = nil, progress: BuildProgress? = nil,
                               clock: inout StageClock) throws(SiteError) -> Prepared {
        let templates = try TemplateSet(input.templates)
        let files = input.reports
        input.reports = []
        let read = Self.readings(consume files, config: input.config, cache: readings, progress: progress)
        let reports = read.compactMap(\.report)
        clock.lap("read")
        let corrected = CorrectionApplier(corrections: input.corrections, gazetteer: gazetteer(for: input.config), file: input.config.corrections)
            .apply(to: reports)
        clock.lap("correct")
        // A report a correction names may no longer be what its file says: its entries are made again,
        // without a digest, and its pages are compared by value.
        let correctedFiles = Set(input.corrections.map(\.report))
        let entries = Dictionary(read.compactMap { reading in
            reading.report.flatMap { reading.digest == nil || correctedFiles.contains($0.file) ? nil : ($0.file, reading.entries) }
        }, uniquingKeysWith: { first, _ in first })
        let pageReadings = input.pages.map(WrittenPage.read)
        let model = SiteModel(config: input.config, reports: corrected.reports, pages: pageReadings.compactMap(\.0), entries: entries)
        clock.lap("model")
        let pages = SitePages(model: model, templates: templates)
        clock.lap("rows")
        let assets = input.assets.sorted(by: { $0.key < $1.key }).map { path, bytes in
            SiteFile.data("assets/" + path, { bytes }, bytes: { $0 })
        }
        let diagnostics = templates.warnings + (input.skipped + read.flatMap(\.diagnostics)) + pageReadings.flatMap(\.1)
            + input.correctionWarnings + corrected.warnings
        return Prepared(pages: pages, assets: assets, diagnostics: diagnostics, corrections: corrected.changes)
    }

    /// Reads report files into reports; files that are not text are skipped with an error.
    public static func read(_ files: [ReportFile], config: SiteConfig, cache: ReadingCache? = nil,
                            progress: BuildProgress? = nil) -> ([Report], [Diagnostic]) {
        let readings = readings(files, config: config, cache: cache, progress: progress)
        return (readings.compactMap(\.report), readings.flatMap(\.diagnostics))
    }

    static func readings(_ files: [ReportFile], config: SiteConfig, cache: ReadingCache?, progress: BuildProgress?) -> [ReportReading] {
        let reader = PageReader(options: ReadingOptions(defaultYear: config.defaultYear, gazetteer: gazetteer(for: config)))
        progress?.update { $0.filesTotal = files.count }
        let options = readerOptions(config)
        let digests = cache != nil
        let read = { @Sendable (file: ReportFile) -> ReportReading in
            defer { progress?.update { $0.filesRead += 1 } }
            let (report, diagnostics) = reader.read(file)
            guard digests else { return ReportReading(report: report, diagnostics: diagnostics) }
            var digest = Hasher()
            digest.combine(file.name)
            digest.combine(options)
            file.bytes.withUnsafeBytes { digest.combine(bytes: $0) }
            return ReportReading(report: report, diagnostics: diagnostics, digest: digest.finalize())
        }
        return cache?.readings(files, config: config, read: read) ?? files.parallelMap(read)
    }

    /// What site.json tells the reader, as one string: readings made under other options are not kept.
    static func readerOptions(_ config: SiteConfig) -> String {
        "\(config.defaultYear) \(config.places)"
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
