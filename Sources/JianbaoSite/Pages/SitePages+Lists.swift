import JianbaoReading

/// The views of the paged lists: districts, cities, the archive by month, and every place.
extension SitePages {
    // A district's figures are in its listings (`FigureListing`); its pages list its articles.
    func districtList(_ index: Int) -> PagedList {
        PagedList(path: model.districts[index].path, count: model.districts[index].articles.count, size: config.pageSize)
    }

    func cityList(_ index: Int) -> PagedList {
        PagedList(path: model.cities[index].path, count: model.cities[index].articles.count, size: config.pageSize)
    }

    func monthList(_ index: Int) -> PagedList {
        PagedList(path: model.months[index].path, count: model.months[index].articles.count, size: config.pageSize)
    }

    /// How many files `render` makes: slugs are unique within each folder, so no two paths are the same.
    public var fileCount: Int {
        // The sitemap and robots.txt, and the search stage's files.
        pagePaths.count + 2 + SearchPage.fileCount(articles: model.articles.count)
    }

    // `名称` on page 1, `名称 · 第2页` after it.
    static func title(_ name: String, page: Int) -> String {
        page == 1 ? name : "\(name) · 第\(page)页"
    }

    /// What every page of a paged list needs: its path back to the root, its page numbers, its links.
    func place(_ number: Int, of list: PagedList, firstRoot: String) -> (root: String, pagination: Pagination, links: LinkMaker) {
        let root = list.root(of: number, firstRoot: firstRoot)
        return (root, list.navigation(at: number, root: root), LinkMaker(model: model, root: root))
    }

    func district(_ index: Int, page number: Int = 1) -> DistrictView {
        let district = model.districts[index]
        let list = districtList(index)
        let (root, pagination, links) = place(number, of: list, firstRoot: "../")
        let city = district.city.map { model.cities[$0] }
        let listed = model.factRows[index] ?? []
        let downloads = model.factsByDistrict[index].map { _ in FactData.paths(of: district) }
        // The figures and the timeline are on page 1; the timeline has every dated figure, in one line each.
        let dated = number > 1 ? [] : listed.map { model.facts[$0] }.filter { $0.fact.date != nil }
        return DistrictView(
            page: chrome(title: Self.title(district.name, page: number), description: "\(district.name)的报道与投资数据",
                         path: list.path(of: number), root: root, pagination: pagination),
            name: district.name, isFirstPage: number == 1, pagination: pagination,
            city: city?.name, cityURL: city.map { root + $0.path },
            articles: district.articles[list.range(of: number)].map { link($0, root: links.root) },
            figureCount: listed.count, hasFigures: number == 1,
            investmentTable: preview(index, .investment, caption: "\(district.name)的投资数字", links: links),
            otherTable: preview(index, .otherMoney, caption: "\(district.name)的其他资金(不计入投资)", links: links),
            facets: facets(district: index, current: nil, year: nil, root: root),
            csvURL: downloads.map { root + $0.csv }, jsonURL: downloads.map { root + $0.json },
            timeline: dated.map { entry in
                TimelineItem(date: entry.fact.date.map(ChineseDate.long) ?? "", isoDate: entry.fact.date?.iso ?? "",
                             text: "\(MoneyText.kind(entry.fact.kind)) \(MoneyText.amount(entry.fact.amount, currency: entry.fact.currency, approx: entry.fact.approx))",
                             url: root + model.articles[entry.article].path + "#amount-\(entry.anchor)")
            },
            hasTimeline: !dated.isEmpty
        )
    }

    func city(_ index: Int, page number: Int = 1) -> CityView {
        let city = model.cities[index]
        let list = cityList(index)
        let (root, pagination, links) = place(number, of: list, firstRoot: "../")
        return CityView(
            page: chrome(title: Self.title(city.name, page: number), description: "\(city.name)各区县的报道",
                         path: list.path(of: number), root: root, pagination: pagination),
            name: city.name, districts: city.districts.map(links.district),
            articleCount: city.articles.count,
            articles: city.articles[list.range(of: number)].map { link($0, root: links.root) }, isFirstPage: number == 1, pagination: pagination
        )
    }

    func archive() -> ArchiveView {
        ArchiveView(
            page: chrome(title: "归档", description: "按月份排列的全部报道", path: ArchiveMonth.folder + "/index.html", root: "../"),
            months: model.months.map { ArchiveView.Month(label: $0.label, url: "../" + $0.path, count: $0.articles.count) }
        )
    }

    func month(_ index: Int, page number: Int) -> MonthView {
        let month = model.months[index]
        let list = monthList(index)
        // A month's page 1 is two folders down (`archive/2020/02.html`), the undated one folder.
        let (root, pagination, links) = place(number, of: list, firstRoot: month.year == nil ? "../" : "../../")
        return MonthView(
            page: chrome(title: Self.title(month.label, page: number), description: "\(month.label)的报道",
                         path: list.path(of: number), root: root, pagination: pagination),
            label: month.label, count: month.articles.count,
            articles: month.articles[list.range(of: number)].map { link($0, root: links.root) }, pagination: pagination
        )
    }

    func places() -> PlacesView {
        let links = LinkMaker(model: model, root: "../")
        return PlacesView(
            page: chrome(title: "全部区县与城市", description: "各区县与城市的报道数", path: DistrictIndex.listPath, root: "../"),
            districts: model.districts.indices.map(links.district), cities: model.cities.indices.map(links.city)
        )
    }
}
