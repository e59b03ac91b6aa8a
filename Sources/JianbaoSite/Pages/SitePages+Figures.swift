import JianbaoReading

/// The views of the figure listings, and the filters that link them.
extension SitePages {
    /// How many of a listing's figures the investments page and a district's page show before linking to the rest.
    static let previewRows = 50

    static func label(_ kinds: FigureListing.Kinds) -> String {
        switch kinds {
        case .investment: "全部投资数字"
        case .otherMoney: "全部其他资金"
        case .one(let kind): MoneyText.kind(kind)
        }
    }

    func listing(_ district: Int?, _ kinds: FigureListing.Kinds) -> FigureListing? {
        model.listingIndex[FigureListing.Key(district: district, kinds: kinds)].map { model.listings[$0] }
    }

    /// The filters of a district's (or the site's) figures; `current` is the listing shown, whose years
    /// are offered (the investment listing's where none is), `year` the page's; how many figures each
    /// choice has is said only when `counted`.
    func facets(district: Int?, current: FigureListing.Kinds?, year: Int?, root: String, counted: Bool = true) -> FigureFacets {
        func links(_ group: FigureListing.Kinds) -> [FacetLink] {
            FigureListing.Kinds.all.filter { $0.group == group }.compactMap { kinds in
                listing(district, kinds).map { FacetLink(label: Self.label(kinds), url: root + $0.path, detail: counted ? "\($0.facts.count)" : "", isCurrent: kinds == current) }
            }
        }
        let (investment, other) = (links(.investment), links(.otherMoney))
        // Where no listing is shown (a district's page, the investments page), the investment figures
        // stand for it, or the other money where there are none.
        let kinds = current ?? (listing(district, .investment) == nil ? .otherMoney : .investment)
        let shown = listing(district, kinds)
        let years = shown.map { shown in
            shown.years.map { span in
                FacetLink(label: "\(span.year)年", url: root + shown.path(of: span.first),
                          detail: span.first == span.last ? "第\(span.first)页" : "第\(span.first)–\(span.last)页", isCurrent: span.year == year)
            }
        } ?? []
        let places = district != nil ? Digested([]) : districtChoices.choices(kinds, root: root, counted: counted) {
            model.districts.indices.compactMap { index in
                listing(index, kinds).map { FilterOption(value: root + $0.path, label: model.districts[index].name + (counted ? "(\($0.facts.count))" : "")) }
            }
        }
        return FigureFacets(
            investmentKinds: investment, otherKinds: other, hasInvestmentKinds: !investment.isEmpty, hasOtherKinds: !other.isEmpty,
            years: years, hasYears: years.count > 1, places: places, hasPlaces: !places.value.isEmpty,
            district: district.map { model.districts[$0].name },
            allDistrictsURL: district == nil ? nil : listing(nil, kinds).map { root + $0.path }
        )
    }

    /// The first `previewRows` figures of a listing, with a link to all of them when there are more.
    func preview(_ district: Int?, _ kinds: FigureListing.Kinds, caption: String, links: LinkMaker) -> FactTable {
        guard let listing = listing(district, kinds) else { return FactTable(caption: caption, rows: [], withDistrict: district == nil) }
        let shown = listing.facts.prefix(min(Self.previewRows, listing.pages[0].range.count))
        let rows = shown.map { row($0, root: links.root) }
        guard shown.count < listing.facts.count else { return FactTable(caption: caption, rows: rows, withDistrict: district == nil) }
        return FactTable(caption: "\(caption):\(listing.pages[0].year)年金额最大的\(shown.count)个(共\(listing.facts.count)个)", rows: rows,
                         withDistrict: district == nil, moreURL: links.root + listing.path, moreLabel: "全部\(listing.facts.count)个,按年份分页 ›")
    }

    func figureList(_ index: Int, page number: Int) -> FigureListView {
        let listing = model.listings[index]
        let district = listing.key.district
        let page = listing.pages[number - 1]
        let list = PagedList(path: listing.path, count: listing.pages.count, size: 1)
        let (root, pagination, links) = place(number, of: list, firstRoot: district == nil ? "../" : "../../")
        let name = Self.label(listing.key.kinds)
        let heading = district.map { "\(model.districts[$0].name) · \(name)" } ?? name
        let amount = { (position: Int) in figureRows[listing.facts[position]].value.amount }
        return FigureListView(
            page: chrome(title: Self.title("\(heading) · \(page.year)年", page: number), description: "\(heading)的全部数字,按年份与金额排列",
                         path: list.path(of: number), root: root, pagination: pagination),
            heading: heading, district: district.map(links.district), year: "\(page.year)年",
            // Only page 1 counts the whole listing: a figure added then changes the page it lands on
            // and page 1, not every page of the listing.
            range: "本页\(page.range.count)个,\(amount(page.range.lowerBound))至\(amount(page.range.upperBound - 1))"
                + (number == 1 ? ",共\(listing.facts.count)个" : ""),
            about: listing.key.kinds.group == .investment
                ? "投资数字,每个只列一次;金额从大到小,每页只有一年的数字。"
                : "贷款、拨付资金、捐赠等其他资金,从不计入投资;金额从大到小,每页只有一年的数字。",
            facets: facets(district: district, current: listing.key.kinds, year: page.year, root: root, counted: number == 1),
            table: FactTable(caption: "\(heading) · \(page.year)年 · 第\(number)页",
                             rows: listing.facts[page.range].map { row($0, root: root) }, withDistrict: district == nil),
            pagination: pagination
        )
    }
}
