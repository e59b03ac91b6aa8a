/// Decides which place an article is about, from its titles, dateline and body in that order.
struct PlaceResolver: Sendable {
    var gazetteer: Gazetteer
    /// The city the page names most often, which qualifies generic names such as 开发区.
    var pageCity: String?

    // Names that are places only with a city in front of them.
    static let genericZones = ["经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "高新区", "经开区", "度假区", "新区"]

    init(gazetteer: Gazetteer, pageText: String) {
        self.gazetteer = gazetteer
        var cityVotes: [String: Int] = [:]
        var districtVotes: [String: Int] = [:]
        // Short names (东城 for 东城区, 台中 inside 平台中心) are too often parts of ordinary words:
        // a short city name counts only when no Han character follows it, districts only by full name.
        for mention in gazetteer.mentions(in: pageText) {
            for place in mention.places {
                if place.level == .city, !gazetteer.isShortForm(mention.name, of: place) || Self.standsAlone(mention) {
                    cityVotes[place.name, default: 0] += 1
                } else if place.level == .district, !gazetteer.isShortForm(mention.name, of: place), let city = place.city {
                    districtVotes[city, default: 0] += 1
                }
            }
        }
        let votes = cityVotes.isEmpty ? districtVotes : cityVotes
        pageCity = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    static func standsAlone(_ mention: Gazetteer.Mention) -> Bool {
        !(mention.next?.isHan ?? false)
    }

    // Where an investor comes from or has its seat (`来自北京的项目`, `总部位于西安的企业`) is not
    // where the article is.
    static let originWords = ["来自", "总部位于", "总部设在", "总部在", "源自"]

    /// The mentions of `text` that can say where it is: investors' origins are left out.
    func placeMentions(in text: String) -> [Gazetteer.Mention] {
        let mentions = gazetteer.mentions(in: text)
        guard Self.originWords.contains(where: { text.contains($0) }) else { return mentions }
        let scalars = Array(text.unicodeScalars)
        return mentions.filter { mention in
            var before = ""
            before.unicodeScalars.append(contentsOf: scalars[max(0, mention.start - 4)..<mention.start])
            return !Self.originWords.contains { before.hasSuffix($0) }
        }
    }

    // What a page's section is called after its district's short name: `江宁新闻`, `今日昆山`.
    static let pageSectionWords = ["新闻", "要闻", "日报", "动态", "综合", "发布", "视窗", "之窗"]

    /// The district a page header names (`第5版 江宁新闻`), by full name or by a short name alone or
    /// before a section's word.
    func district(inPageHeader line: String) -> Place? {
        for mention in placeMentions(in: line) {
            let rest = line.unicodeScalars.dropFirst(mention.start + mention.name.unicodeScalars.count)
            let restText = String(String.UnicodeScalarView(rest))
            let alone = Self.standsAlone(mention) || Self.pageSectionWords.contains { restText.hasPrefix($0) }
            let candidates = mention.places.filter { $0.level == .district && (!gazetteer.isShortForm(mention.name, of: $0) || alone) }
            if let place = best(candidates) { return place }
        }
        return nil
    }

    /// The place an article is about: the first of its titles, dateline, body and page header that
    /// names one.
    func place(titles: [String], dateline: String?, body: [String], pageHeader: [String] = []) -> Place? {
        for title in titles {
            if let place = district(in: title, allowShortNames: true) { return place }
            if let zone = Self.genericZones.first(where: { title.hasPrefix($0) }) { return self.zone(zone) }
        }
        // 本报青州讯 and 开发区讯 name the place between 本报 and 讯.
        let datelinePlace = dateline.map { line -> String in
            var core = line.hasPrefix("本报") ? String(line.dropFirst(2)) : line
            if core.hasSuffix("讯") { core.removeLast() }
            return core
        }
        if let core = datelinePlace, !core.isEmpty {
            if let place = best(gazetteer.places(named: core).filter { $0.level == .district }) { return place }
            if let zone = Self.genericZones.first(where: { core == $0 }) { return self.zone(zone) }
        }
        for title in titles {
            if let city = best(placeMentions(in: title).flatMap(\.places).filter { $0.level == .city }) { return city }
        }
        // In body text a district of another city is more often a namesake than the subject.
        for paragraph in body {
            if let place = district(in: paragraph, allowShortNames: false), pageCity == nil || place.city == pageCity {
                return place
            }
        }
        for line in pageHeader {
            if let place = district(inPageHeader: line) { return place }
        }
        if let core = datelinePlace, let city = best(gazetteer.places(named: core).filter { $0.level == .city }) {
            return city
        }
        for paragraph in body {
            if let zone = Self.genericZones.first(where: { paragraph.contains($0) }) { return self.zone(zone) }
        }
        return nil
    }

    /// A generic zone such as 开发区, as site.json declares it for this city or else qualified by the city.
    func zone(_ name: String) -> Place {
        let declared = gazetteer.places(named: name)
        if let place = declared.first(where: { $0.city == pageCity }) ?? (declared.count == 1 ? declared.first : nil) {
            return place
        }
        let city = pageCity.flatMap { gazetteer.places(named: $0).first { $0.level == .city } }
        var zone = Place(name: name, level: .district, city: pageCity, province: city?.province,
                         longitude: city?.longitude, latitude: city?.latitude)
        zone.isZone = true
        return zone
    }

    private func district(in text: String, allowShortNames: Bool) -> Place? {
        for mention in placeMentions(in: text) {
            let candidates = mention.places.filter {
                $0.level == .district && (!gazetteer.isShortForm(mention.name, of: $0) || (allowShortNames && Self.standsAlone(mention)))
            }
            if let place = best(candidates) { return place }
        }
        return nil
    }

    private func best(_ candidates: [Place]) -> Place? {
        candidates.first { $0.city == pageCity } ?? (candidates.count == 1 ? candidates.first : nil)
    }
}
