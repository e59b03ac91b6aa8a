/// A key for each article, district and city page made from what the page is built from, without
/// building its view: a rebuild after one edit builds only the pages whose inputs changed.
///
/// An article stands for its content by its fingerprint (`ArticleEntry.source`: its report's bytes,
/// name and reader options, and its position), so the keys exist only when every article has one.
struct PageInputs: Sendable {
    private var articleKeys: [UInt64]
    private var districtKeys: [UInt64]
    private var cityKeys: [UInt64]

    /// The keys of every page of `model`; `salt` holds what all pages share (templates, settings).
    /// Nil when an article has no fingerprint.
    init?(model: SiteModel, salt: [UInt8]) {
        var own: [UInt64] = []
        own.reserveCapacity(model.articles.count)
        for entry in model.articles {
            guard let source = entry.source else { return nil }
            // The slug is the article's only input not read from its report: it depends on the other titles.
            own.append(Self.hash { $0.add(source); $0.add(entry.slug) })
        }
        // What a link to a district shows: its name, path, article count and city.
        let districtLinks = model.districts.map { district in
            Self.hash { digest in
                digest.add(district.name); digest.add(district.slug); digest.add(district.articles.count)
                let city = district.city.map { model.cities[$0] }
                digest.add(city?.name ?? ""); digest.add(city?.slug ?? "")
            }
        }
        // A figure's row links to the row of the figure it is part of, which may be in another
        // article of the report and another district: that article's slug and district's path.
        func addParents(of facts: [Int], to digest: inout Digest) {
            for id in facts {
                guard let parent = model.facts[id].parent, model.facts.indices.contains(parent) else { continue }
                digest.add(own[model.facts[parent].article]); digest.add(districtLinks[model.facts[parent].district])
            }
        }
        articleKeys = model.articles.indices.map { index in
            let district = model.articles[index].district
            return Self.hash(salt) { digest in
                digest.add(own[index]); digest.add(districtLinks[district])
                // Related articles: the district's newest others, as `SitePages.article` lists them.
                for other in model.districts[district].articles.lazy.filter({ $0 != index }).prefix(SitePages.relatedCount) {
                    digest.add(own[other])
                }
                addParents(of: model.factsByArticle[index] ?? [], to: &digest)
            }
        }
        districtKeys = model.districts.indices.map { index in
            Self.hash(salt) { digest in
                digest.add(districtLinks[index])
                for article in model.districts[index].articles { digest.add(own[article]) }
                addParents(of: model.factsByDistrict[index] ?? [], to: &digest)
            }
        }
        cityKeys = model.cities.map { city in
            Self.hash(salt) { digest in
                digest.add(city.name); digest.add(city.slug)
                for district in city.districts { digest.add(districtLinks[district]) }
            }
        }
    }

    func article(_ index: Int) -> UInt64 { articleKeys[index] }
    func district(_ index: Int) -> UInt64 { districtKeys[index] }
    func city(_ index: Int) -> UInt64 { cityKeys[index] }

    private static func hash(_ salt: [UInt8] = [], _ fill: (inout Digest) -> Void) -> UInt64 {
        var digest = Digest(bytes: salt)
        fill(&digest)
        return ContentHash.of(digest.bytes)
    }

    /// Bytes to hash; each string ends in a zero byte so neighbours cannot run together.
    private struct Digest {
        var bytes: [UInt8]

        mutating func add(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }
        mutating func add(_ text: String) { bytes += text.utf8; bytes.append(0) }
    }
}
