/// What `search.js` loads besides the index: one script per article with its text, to check a
/// candidate and show a snippet, and one with the articles of each district and year, for the filters.
struct SearchDocuments {
    static let textFolder = "search/text"
    static let facetsPath = "search/facets.js"

    let model: SiteModel

    /// The path of article `number`'s text.
    static func path(of number: Int) -> String { "\(textFolder)/\(number).js" }

    /// What an article's text shows besides its fields: its URL from the site root, its date, its district.
    struct Heading: Equatable, Sendable {
        var path: String
        var date: String
        var district: String
    }

    /// Article `number`'s heading.
    func heading(of number: Int) -> Heading {
        let entry = model.articles[number]
        return Heading(path: entry.path, date: entry.article.date.map(ChineseDate.long) ?? "", district: model.districts[entry.district].name)
    }

    /// `JianbaoSearch.text(N,{"u":URL,"d":date,"p":district,"f":[title, …fields]});`, `fields` as
    /// `SearchText.fields` made them.
    static func text(of number: Int, heading: Heading, fields: [String]) -> [UInt8] {
        var bytes = Array("JianbaoSearch.text(\(number),{\"u\":".utf8)
        QuotedString.append(heading.path, to: &bytes)
        bytes += Array(",\"d\":".utf8)
        QuotedString.append(heading.date, to: &bytes)
        bytes += Array(",\"p\":".utf8)
        QuotedString.append(heading.district, to: &bytes)
        bytes += Array(",\"f\":[".utf8)
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            QuotedString.append(field, to: &bytes)
        }
        bytes += Array("]});\n".utf8)
        return bytes
    }

    /// `JianbaoSearch.facets({"d":[list per district],"y":{"2020":list,…}});`, lists as the index writes them.
    func facets() -> [UInt8] {
        var years: [Int: PostingList] = [:]
        for (number, entry) in model.articles.enumerated() {
            if let year = entry.article.date?.year { years[year, default: PostingList()].add(Int32(number)) }
        }
        var bytes = Array("JianbaoSearch.facets({\"d\":[".utf8)
        for (index, district) in model.districts.enumerated() {
            var list = PostingList()
            for article in district.articles.sorted() { list.add(Int32(article)) }
            bytes += Array((index > 0 ? ",\"" : "\"").utf8) + list.encoded() + [UInt8(ascii: "\"")]
        }
        bytes += Array("],\"y\":{".utf8)
        for (position, year) in years.keys.sorted().enumerated() {
            bytes += Array("\(position > 0 ? "," : "")\"\(year)\":\"".utf8) + years[year]!.encoded() + [UInt8(ascii: "\"")]
        }
        bytes += Array("}});\n".utf8)
        return bytes
    }

    /// The years articles are dated in, newest first, for the year filter.
    var years: [Int] {
        Set(model.articles.compactMap { $0.article.date?.year }).sorted(by: >)
    }
}
