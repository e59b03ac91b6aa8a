/// A named place: a county-level district, a city, a province or a zone from site.json.
public struct Place: Sendable, Hashable, Codable {
    public enum Level: String, Sendable, Hashable, Codable { case province, city, district }

    public var name: String
    public var level: Level
    /// The prefecture-level city the place belongs to; a city names itself.
    public var city: String?
    public var province: String?
    public var longitude: Double?
    public var latitude: Double?
    /// A generic zone such as 开发区, known only by the city the page names; its name needs that city.
    public var isZone: Bool = false

    public init(name: String, level: Level, city: String?, province: String?, longitude: Double? = nil, latitude: Double? = nil) {
        self.name = name
        self.level = level
        self.city = city
        self.province = province
        self.longitude = longitude
        self.latitude = latitude
    }
}
