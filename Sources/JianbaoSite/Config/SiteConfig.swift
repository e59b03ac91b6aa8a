/// The settings in `site.json`; every field has a default, so `{}` is a valid file.
public struct SiteConfig: Codable, Sendable, Equatable {
    /// The site's name, shown in the header and the feed. Default `简报`.
    public var title: String = "简报"
    /// One sentence under the title on the home page and in the feed.
    public var description: String = "区县报道、投资项目与数据"
    /// Absolute URL the site is published at, ending in `/`; used only for feed, sitemap and canonical links.
    public var baseURL: String = "https://example.org/"
    /// The pages' `lang`. Default `zh-CN`.
    public var language: String = "zh-CN"
    /// Folder of report files, relative to site.json. Default `Reports`.
    public var reports: String = "Reports"
    /// Folder of Mustache templates and `assets/`. Default `Templates`.
    public var templates: String = "Templates"
    /// Folder the site is written to. Default `Public`.
    public var output: String = "Public"
    /// Folder of hand-written Markdown pages (about, methods). Default `Pages`.
    public var pages: String = "Pages"
    /// An editor's fixes to what the reader found. Default `corrections.json`; a missing file is none.
    public var corrections: String = "corrections.json"
    /// Year for dates printed without one. Default 2020.
    public var defaultYear: Int = 2020
    /// How many articles the home page and the feed list. Default 10.
    public var latestCount: Int = 10
    /// How many articles a page of a list (a district, a city, a month) shows. Default 20.
    public var pageSize: Int = 20
    /// How many figures a page of a listing of figures shows. Default 200; a row is about a kilobyte.
    public var figurePageSize: Int = 200
    /// Places the gazetteer lacks (zones, new districts) and other names for known ones.
    public var places: [PlaceConfig] = []

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SiteConfig()
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? defaults.title
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? defaults.description
        baseURL = try container.decodeIfPresent(String.self, forKey: .baseURL) ?? defaults.baseURL
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? defaults.language
        reports = try container.decodeIfPresent(String.self, forKey: .reports) ?? defaults.reports
        templates = try container.decodeIfPresent(String.self, forKey: .templates) ?? defaults.templates
        output = try container.decodeIfPresent(String.self, forKey: .output) ?? defaults.output
        pages = try container.decodeIfPresent(String.self, forKey: .pages) ?? defaults.pages
        corrections = try container.decodeIfPresent(String.self, forKey: .corrections) ?? defaults.corrections
        defaultYear = try container.decodeIfPresent(Int.self, forKey: .defaultYear) ?? defaults.defaultYear
        latestCount = try container.decodeIfPresent(Int.self, forKey: .latestCount) ?? defaults.latestCount
        pageSize = try container.decodeIfPresent(Int.self, forKey: .pageSize) ?? defaults.pageSize
        figurePageSize = try container.decodeIfPresent(Int.self, forKey: .figurePageSize) ?? defaults.figurePageSize
        places = try container.decodeIfPresent([PlaceConfig].self, forKey: .places) ?? defaults.places
        if !baseURL.hasSuffix("/") { baseURL += "/" }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, description, baseURL, language, reports, templates, output, pages, corrections, defaultYear, latestCount, pageSize, figurePageSize, places
    }
}

/// A place declared in site.json: a zone the gazetteer lacks, or aliases for a known place.
public struct PlaceConfig: Codable, Sendable, Equatable {
    /// The name pages show, e.g. `开发区`.
    public var name: String
    /// The prefecture-level city it belongs to, e.g. `聊城市`.
    public var city: String?
    public var province: String?
    /// Other names that mean this place in report text.
    public var aliases: [String]?
    public var longitude: Double?
    public var latitude: Double?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, city, province, aliases, longitude, latitude
    }
}
