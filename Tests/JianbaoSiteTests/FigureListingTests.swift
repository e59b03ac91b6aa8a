import Foundation
import Testing
import JianbaoReading
@testable import JianbaoSite

/// The listings of figures: every figure in each list it belongs to, once, in pages of one year, and the
/// filters that link them.
@Suite struct FigureListingTests {
    @Test(arguments: [
        ([2020, 2020, 2020, 2019, 2019], 1, [0..<1, 1..<2, 2..<3, 3..<4, 4..<5]),
        ([2021, 2020, 2019], 200, [0..<1, 1..<2, 2..<3]),
        ([2020, 2020], 200, [0..<2]),
        ([2020], 10, [0..<1]),
        ([2020, 2020, 2019], 200, [0..<2, 2..<3]),
    ] as [([Int], Int, [Range<Int>])])
    func pagesStartAgainAtEachYear(years: [Int], size: Int, expected: [Range<Int>]) {
        let pages = FigureListing.pages(years, keys: years.indices.map { "f-\($0)" }, size: size)
        #expect(pages.map(\.range) == expected)
        #expect(pages.allSatisfy { page in years[page.range].allSatisfy { $0 == page.year } })
    }

    static func keys(_ count: Int, _ rng: inout SeededGenerator) -> [String] {
        (0..<count).map { _ in "slug-\(UInt32.random(in: 0...UInt32.max, using: &rng))-\(Int.random(in: 1...9, using: &rng))" }
    }

    @Test func pagesHoldAboutTheirSizeAndNeverTwiceIt() {
        var rng = SeededGenerator(seed: 17)
        let keys = Self.keys(4_000, &rng)
        let pages = PageBreaks.pages(keys, size: 40)
        #expect(pages.map(\.count).reduce(0, +) == keys.count && pages.allSatisfy { $0.count <= 80 })
        #expect(pages.dropLast().allSatisfy { $0.count >= 10 })
        let average = Double(keys.count) / Double(pages.count)
        #expect(average > 25 && average < 50, "\(average) to a page")
    }

    // The point of choosing breaks by key: a figure added changes its own page, not every page after it.
    @Test func aKeyAddedChangesOnlyThePagesNearIt() {
        var rng = SeededGenerator(seed: 21)
        let keys = Self.keys(3_000, &rng)
        let before = Set(PageBreaks.pages(keys, size: 40).map { keys[$0] })
        var changed: [Int] = []
        for _ in 0..<200 {
            var after = keys
            after.insert(Self.keys(1, &rng)[0], at: Int.random(in: 0...keys.count, using: &rng))
            let pages = Set(PageBreaks.pages(after, size: 40).map { after[$0] })
            changed.append(pages.subtracting(before).count)
        }
        #expect(changed.sorted()[100] == 1, "most insertions change one page")
        #expect(changed.filter { $0 > 3 }.count <= 10, "\(changed.sorted().suffix(10))")
    }

    // Invented reports: three districts, two years, investment and other money, a figure printed again.
    static func site(reportsPerDistrict: Int = 4, config: SiteConfig = SiteConfig()) throws -> SiteBuilder.Result {
        var reports: [String: String] = [:]
        for (number, district) in ["张店区", "临淄区", "博山区"].enumerated() {
            for report in 0..<reportsPerDistrict {
                let year = report % 2 == 0 ? 2020 : 2019
                reports["\(number)-\(report).txt"] = """
                    \(district)项目建设\(report)

                    □ 记者 李华

                    \(year)年3月\(report + 1)日,\(district)签约项目\(report + 2)个,总投资\(number * 10 + report + 1)亿元。\(district)集中开工项目\(report + 3)个,总投资\(report + 50)亿元。银行为企业发放贷款\(report + 7)000万元。
                    """
            }
        }
        reports["z.txt"] = "张店区再报项目\n\n□ 记者 李华\n\n2020年3月1日,张店区签约项目2个,总投资1亿元。"
        reports["z2.txt"] = "张店区项目开工\n\n□ 记者 李华\n\n2020年3月5日,张店区集中开工项目10个,总投资80亿元,其中工业项目6个,总投资50亿元。"
        return try SiteBuilder.build(try SampleSite.input(reports: reports, config: config))
    }

    @Test func everyFigureIsInEachOfItsListsOnceAndNoOtherAndTheyAreOrdered() throws {
        let model = try Self.site().model
        #expect(model.facts.contains { $0.restates != nil }, "the case of a figure printed again")
        for listing in model.listings {
            let expected = model.facts.filter { entry in
                entry.restates == nil && listing.key.kinds.contains(entry.fact.kind)
                    && (listing.key.district == nil || listing.key.district == entry.district)
            }.map(\.id)
            #expect(listing.facts.sorted() == expected.sorted(), "\(listing.path)")
            let keys = listing.facts.map { (model.facts[$0].fact.year, NSDecimalNumber(decimal: model.facts[$0].fact.amount).doubleValue) }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1 >= $1.1) }, "newest year, then largest")
            #expect(listing.pages.allSatisfy { page in listing.facts[page.range].allSatisfy { model.facts[$0].fact.year == page.year } })
            #expect(listing.pages.map(\.range.count).reduce(0, +) == listing.facts.count)
        }
        // Every kind present has its listing, site-wide and in each district that has it.
        for entry in model.facts where entry.restates == nil {
            for district in [nil, entry.district] as [Int?] {
                for kinds in [FigureListing.Kinds.one(entry.fact.kind), .one(entry.fact.kind).group] {
                    #expect(model.listingIndex[FigureListing.Key(district: district, kinds: kinds)] != nil)
                }
            }
        }
    }

    @Test func aLongListingIsPagedAndEachFigureLinksToItsPage() throws {
        var reports: [String: String] = [:]
        for report in 0..<41 {
            let sentences = (0..<5).map { "签约项目\($0 + 2)个,总投资\(report * 10 + $0 + 1)亿元。" }.joined()
            reports[String(format: "r%02d.txt", report)] = "张店区项目签约\(report)\n\n□ 记者 王明\n\n3月1日,张店区\(sentences)"
        }
        var input = try SampleSite.input(reports: reports)
        input.config.figurePageSize = 40
        let result = try SiteBuilder.build(input)
        let district = try #require(result.model.districts.firstIndex { $0.name == "张店区" })
        let listing = try #require(result.model.listingIndex[FigureListing.Key(district: district, kinds: .investment)].map { result.model.listings[$0] })
        #expect(listing.facts.count == 205 && listing.pages.count > 2)
        let number = listing.pages.count
        let path = "districts/zhang-dian-qu/figures/\(number).html"
        let first = SampleSite.text(result.tree, "districts/zhang-dian-qu/figures.html")
        let lastPage = SampleSite.text(result.tree, path)
        #expect(first.components(separatedBy: "<tr id=\"fact-").count - 1 == listing.pages[0].range.count)
        #expect(lastPage.components(separatedBy: "<tr id=\"fact-").count - 1 == listing.pages[number - 1].range.count)
        #expect(first.contains(",共205个") && !lastPage.contains("共205个"), "only page 1 counts the listing")
        #expect(lastPage.contains("<link rel=\"prev\" href=\"../../../\(listing.path(of: number - 1))\">"))
        let last = result.model.facts[listing.facts[204]]
        #expect(result.model.rowPath(of: last) == "\(path)#fact-\(last.anchor)")
        #expect(lastPage.contains("<tr id=\"fact-\(last.anchor)\""))
        let article = SampleSite.text(result.tree, result.model.articles[last.article].path)
        #expect(article.contains("href=\"../\(path)#fact-\(last.anchor)\""))
        // The district's own page shows the largest few and links to all of them.
        let page = SampleSite.text(result.tree, "districts/zhang-dian-qu.html")
        #expect(page.components(separatedBy: "<tr id=\"fact-").count - 1 == SitePages.previewRows)
        #expect(page.contains("<p class=\"table-more\"><a href=\"../districts/zhang-dian-qu/figures.html\">全部205个,按年份分页 ›</a></p>"))
    }

    @Test func theFiltersLinkToEveryListingOfTheirScopeAndEveryLinkIsAPage() throws {
        let result = try Self.site()
        let model = result.model
        let pages = SitePages(model: model, templates: try TemplateSet(SampleSite.templates()))
        let site = pages.facets(district: nil, current: nil, year: nil, root: "")
        let siteListings = Set(model.listings.filter { $0.key.district == nil }.map(\.path))
        #expect(Set((site.investmentKinds + site.otherKinds).map(\.url)) == siteListings)
        #expect(site.years.map(\.label) == ["2020年", "2019年"] && site.hasYears)
        #expect(site.places.value.count == 3 && site.places.value.allSatisfy { $0.value.hasPrefix("districts/") && $0.value.hasSuffix("/figures.html") })
        // The choices are made once per kind, root and count, and each page gets its own root's.
        let deeper = pages.facets(district: nil, current: .investment, year: 2020, root: "../../", counted: false)
        #expect(deeper.places.value.map(\.value) == site.places.value.map { "../../" + $0.value })
        #expect(deeper.places.value.allSatisfy { !$0.label.contains("(") } && site.places.value.allSatisfy { $0.label.contains("(") })
        #expect(pages.facets(district: nil, current: .investment, year: 2019, root: "../../", counted: false).places.digest == deeper.places.digest)
        let district = try #require(model.districts.firstIndex { $0.name == "临淄区" })
        let own = pages.facets(district: district, current: .one(.signing), year: 2019, root: "../../")
        #expect((own.investmentKinds + own.otherKinds).allSatisfy { $0.url.hasPrefix("../../districts/") })
        #expect(own.investmentKinds.filter(\.isCurrent).map(\.label) == ["签约"])
        #expect(own.years.filter(\.isCurrent).map(\.label) == ["2019年"])
        #expect(own.allDistrictsURL == "../../investments/figures-signing.html" && own.places.value.isEmpty)
        // Every link a listing page gives is a page of the site.
        for listing in model.listings {
            for number in 1...listing.pages.count {
                let path = listing.path(of: number)
                let html = SampleSite.text(result.tree, path)
                for link in HTMLText.links(html) where !link.hasPrefix("http") && !link.hasPrefix("#") && !link.contains("assets/") {
                    var parts = path.split(separator: "/").dropLast().map(String.init)
                    for part in link.prefix(while: { $0 != "#" }).split(separator: "/") {
                        if part == ".." { parts.removeLast() } else { parts.append(String(part)) }
                    }
                    #expect(result.tree.files[parts.joined(separator: "/")] != nil, "\(path) links to \(link)")
                }
            }
        }
    }

    @Test func thePreviewsShowTheFirstOfTheListingAndTheSiteCountsEachFigureOnce() throws {
        let result = try Self.site(reportsPerDistrict: 20)
        let view = SitePages(model: result.model, templates: try TemplateSet(SampleSite.templates())).investments()
        let listing = try #require(result.model.listingIndex[FigureListing.Key(district: nil, kinds: .investment)].map { result.model.listings[$0] })
        #expect(listing.facts.count > SitePages.previewRows)
        #expect(view.investmentTable.rows.map(\.value.anchor) == listing.facts.prefix(SitePages.previewRows).map { "fact-\(result.model.facts[$0].anchor)" })
        #expect(view.investmentTable.moreURL == listing.path)
        #expect(view.investmentTable.caption.hasPrefix("投资数字:2020年金额最大的\(SitePages.previewRows)个"))
        #expect(view.otherTable.moreURL == "investments/other-money.html", "the loans of 2020 first, the rest a link away")
        #expect(view.factCount == result.model.facts.count { $0.restates == nil })
    }

    @Test func theListingsPageSizeIsTheSitesSetting() throws {
        var config = SiteConfig()
        config.figurePageSize = 10
        let model = try Self.site(reportsPerDistrict: 20, config: config).model
        #expect(model.listings.contains { $0.pages.count > 1 })
        #expect(model.listings.allSatisfy { $0.pages.allSatisfy { $0.range.count <= 20 } })
    }

    @Test(arguments: ["", "../", "../../", "../../../"])
    func aRowMadeOnceIsTheRowMadeForThePage(root: String) throws {
        let result = try Self.site()
        let pages = SitePages(model: result.model, templates: try TemplateSet(SampleSite.templates()))
        #expect(result.model.facts.contains { !$0.alsoIn.isEmpty } && result.model.facts.contains { $0.parent != nil })
        for entry in result.model.facts {
            #expect(pages.row(entry.id, root: root).value == LinkMaker(model: result.model, root: root).fact(entry))
        }
    }
}
