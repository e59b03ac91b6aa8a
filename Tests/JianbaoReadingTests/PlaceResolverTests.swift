import Testing
@testable import JianbaoReading

/// Which place an article is about, rule by rule, in the order the resolver tries them.
@Suite struct PlaceResolverTests {
    static let gazetteer: Gazetteer = {
        var gazetteer = Gazetteer.china
        var zone = Place(name: "高新技术产业开发区", level: .district, city: "潍坊市", province: "山东省")
        zone.isZone = true
        gazetteer.add(zone, aliases: ["潍坊高新区"])
        return gazetteer
    }()

    @Test(arguments: [
        // A district in a title, by full name or by a short name standing alone.
        (["张店区召开会议"], nil, [], "淄博市", "张店区"),
        (["临朐:联防联控"], nil, [], "潍坊市", "临朐县"),
        // A generic zone in a title or dateline takes the page's city.
        (["开发区:招商引资"], nil, [], "聊城市", "开发区"),
        (["召开调度会"], "开发区讯", [], "聊城市", "开发区"),
        // The dateline's district, then a city in the titles.
        (["班列恢复运行"], "本报青州讯", [], "潍坊市", "青州市"),
        (["潍坊市推动复工"], nil, ["各县市区积极行动。"], "潍坊市", "潍坊市"),
        // Body text: a full district name of the page's city; a district of another city is a namesake.
        (["召开会议"], nil, ["近日,寒亭区召开会议。"], "潍坊市", "寒亭区"),
        (["召开会议"], nil, ["张店区的经验值得学习。"], "潍坊市", nil),
        // The dateline's city when the body names no district; a zone in the body last.
        (["关爱行动"], "本报潍坊讯", ["全市工会行动起来。"], "潍坊市", "潍坊市"),
        (["担当作为"], nil, ["街道在开发区党工委领导下工作。"], "聊城市", "开发区"),
        // A name declared in site.json, through its alias.
        (["潍坊高新区召开会议"], nil, [], "潍坊市", "高新技术产业开发区"),
        // Where an investor comes from or has its seat is not where the article is.
        (["项目签约提速", "其中来自北京的项目8个"], nil, ["今年,寒亭区签约项目12个。"], "潍坊市", "寒亭区"),
        (["项目落地"], nil, ["一家总部位于寒亭区的企业在潍城区投资建厂。"], "潍坊市", "潍城区"),
        // A town in the kicker leads to its district when the text names it.
        (["固堤街道:", "项目建设跑出加速度"], nil, ["5月8日,寒亭区固堤街道举行项目集中开工活动。"], "潍坊市", "寒亭区"),
    ] as [([String], String?, [String], String, String?)])
    func findsThePlace(titles: [String], dateline: String?, body: [String], pageCity: String, expected: String?) {
        var resolver = PlaceResolver(gazetteer: Self.gazetteer, pageText: "")
        resolver.pageCity = pageCity
        let place = resolver.place(titles: titles, dateline: dateline, body: body)
        #expect(place?.name == expected)
        if expected != nil { #expect(place?.city == pageCity) }
    }

    @Test func thePageCityIsTheCityNamedMostOften() {
        let text = "聊城市召开会议。希杰(聊城)生物科技有限公司在聊城投资。淄博市代表参加。"
        #expect(PlaceResolver(gazetteer: Self.gazetteer, pageText: text).pageCity == "聊城市")
    }

    @Test func shortNamesInsideWordsAreNotPlaces() {
        // 东城 is short for Beijing's 东城区, but 东城街道 is a subdistrict.
        var resolver = PlaceResolver(gazetteer: Self.gazetteer, pageText: "")
        resolver.pageCity = "聊城市"
        #expect(resolver.place(titles: ["东城街道经济社会发展纪实"], dateline: nil, body: []) == nil)
    }

    /// A district's name, full or short, inside an ordinary word is no place.
    @Test(arguments: [
        (["项目建设提速"], ["全区调动各方资源,推进项目建设。"]),
        (["项目建设提速"], ["新开业的购物商城吸引了大量顾客。"]),
        (["项目建设提速"], ["各国坚持和平发展,深化经贸合作。"]),
        (["项目建设提速"], ["在长安大学附近的一处产业园区,研发楼已经封顶。"]),
        (["项目建设提速"], ["项目选址长安路东侧,建成后主要为整车企业配套。"]),
        (["调动各方资源推进项目建设"], []),
        (["购物商城开业迎客"], []),
        (["新华书店开设新门店"], ["新华路上的书店人气很旺。"]),
    ] as [([String], [String])])
    func aNameInsideAnOrdinaryWordIsNoPlace(titles: [String], body: [String]) {
        let resolver = PlaceResolver(gazetteer: Self.gazetteer, pageText: (titles + body).joined(separator: "\n"))
        #expect(resolver.place(titles: titles, dateline: nil, body: body) == nil)
    }

    @Test func anAmbiguousNameTakesTheDistrictOfThePagesCity() {
        let text = "西安市长安区上半年新签约项目58个。"
        let resolver = PlaceResolver(gazetteer: Self.gazetteer, pageText: text)
        let place = resolver.place(titles: ["长安区新签约项目58个"], dateline: nil, body: [text])
        #expect(place?.name == "长安区")
        #expect(place?.city == "西安市")
        let other = PlaceResolver(gazetteer: Self.gazetteer, pageText: "石家庄市长安区项目集中开工。")
        #expect(other.place(titles: ["长安区项目集中开工"], dateline: nil, body: ["石家庄市长安区项目集中开工。"])?.city == "石家庄市")
    }

    /// An article whose titles name no place takes the one its page header names, by a short name too.
    @Test(arguments: ["2022年6月17日 星期五 第5版 江宁新闻", "第3版 今日江宁", "A2 江宁区要闻"])
    func thePageHeaderGivesThePlaceWhenNothingElseDoes(header: String) {
        let resolver = PlaceResolver(gazetteer: Self.gazetteer, pageText: header)
        let place = resolver.place(titles: ["项目建设跑出加速度"], dateline: nil, body: ["全区15个项目集中开工。"], pageHeader: [header])
        #expect(place?.name == "江宁区")
    }
}
