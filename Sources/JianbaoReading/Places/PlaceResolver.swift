/// Decides which place an article is about, from its titles, dateline and body in that order.
struct PlaceResolver: Sendable {
    var gazetteer: Gazetteer
    /// The city the page names most often, which qualifies generic names such as 开发区.
    var pageCity: String?

    // Names that are places only with a city in front of them.
    static let genericZones = ["经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "高新区", "经开区", "度假区", "新区"]

    init(gazetteer: Gazetteer, pageText: String) {
        self.gazetteer = gazetteer
        var counts: [String: Int] = [:]
        for mention in gazetteer.mentions(in: pageText) {
            for city in Set(mention.places.compactMap(\.city)) { counts[city, default: 0] += 1 }
        }
        pageCity = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    func place(titles: [String], dateline: String?, body: [String]) -> Place? {
        for title in titles {
            if let place = district(in: title, allowShortNames: true) { return place }
            if let zone = Self.genericZones.first(where: { title.hasPrefix($0) }) {
                return Place(name: zone, level: .district, city: pageCity, province: nil)
            }
        }
        if let dateline, let place = district(in: dateline, allowShortNames: true) { return place }
        for title in titles {
            if let city = best(gazetteer.mentions(in: title).flatMap(\.places).filter { $0.level == .city }) { return city }
        }
        for paragraph in body {
            if let place = district(in: paragraph, allowShortNames: false) { return place }
        }
        return nil
    }

    private func district(in text: String, allowShortNames: Bool) -> Place? {
        for mention in gazetteer.mentions(in: text) {
            let candidates = mention.places.filter {
                $0.level == .district && (allowShortNames || $0.name == mention.name)
            }
            if let place = best(candidates) { return place }
        }
        return nil
    }

    private func best(_ candidates: [Place]) -> Place? {
        candidates.first { $0.city == pageCity } ?? (candidates.count == 1 ? candidates.first : nil)
    }
}
