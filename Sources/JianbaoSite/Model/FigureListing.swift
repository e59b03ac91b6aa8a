import Foundation
import JianbaoReading

/// A list of figures the build makes pages for: the site's or one district's, of a group of kinds or
/// of one kind, each figure once (first printings), newest year first, then largest first; no page holds
/// two years, so a year is a run of pages and the kind, year and district filters are links to pages.
/// Pages end where `PageBreaks` says, so a figure added moves no other figure to another page.
public struct FigureListing: Sendable {
    /// Which figures a listing takes, by kind.
    public enum Kinds: Hashable, Sendable {
        /// Every investment kind: the figures the totals add.
        case investment
        /// Loans, allocations, donations and the other money that is never added to investment.
        case otherMoney
        case one(MoneyFact.Kind)

        /// Every choice, as the filters show them: the investment group and its kinds, then the other money and its kinds.
        public static let all: [Kinds] = [.investment] + MoneyFact.Kind.allCases.filter(\.isInvestment).map(Kinds.one)
            + [.otherMoney] + MoneyFact.Kind.allCases.filter { !$0.isInvestment }.map(Kinds.one)

        public var group: Kinds { if case .one(let kind) = self { kind.isInvestment ? .investment : .otherMoney } else { self } }

        func contains(_ kind: MoneyFact.Kind) -> Bool {
            switch self {
            case .investment: kind.isInvestment
            case .otherMoney: !kind.isInvestment
            case .one(let one): one == kind
            }
        }

        // `other` is a kind's name too: a group's file never starts with `figures-`.
        var fileName: String {
            switch self {
            case .investment: "figures"
            case .otherMoney: "other-money"
            case .one(let kind): "figures-\(kind.rawValue)"
            }
        }
    }

    /// Which figures: a district's (its index) or the site's (nil), of `kinds`.
    public struct Key: Hashable, Sendable {
        public var district: Int?
        public var kinds: Kinds
    }

    /// A page of the listing: where it is in `facts`, and the year of all its figures.
    public struct Page: Sendable {
        public var range: Range<Int>
        public var year: Int
    }

    public var key: Key
    /// Fact ids, in the order listed.
    public var facts: [Int]
    public var pages: [Page]
    /// Where page 1 is, from the site root: `investments/figures-signing.html`,
    /// `districts/zhang-dian-qu/other-money.html`; page N is one folder deeper.
    public var path: String

    /// Where page `number` is, from the site root.
    public func path(of number: Int) -> String { SiteModel.path(path, page: number) }

    /// The listings of `model`'s first printings: for the site and for each district, the two groups and
    /// each kind present, in that order; about `rowsPerPage` figures to a page.
    static func make(facts: [FactEntry], districts: [DistrictIndex], rowsPerPage: Int) -> [FigureListing] {
        // One sort of every figure; each listing keeps that order by taking its figures in turn.
        let first = facts.indices.filter { facts[$0].restates == nil }
        let amounts = first.map { NSDecimalNumber(decimal: facts[$0].fact.amount).doubleValue }
        let order = first.indices.sorted { a, b in
            let (left, right) = (facts[first[a]], facts[first[b]])
            if left.fact.year != right.fact.year { return left.fact.year > right.fact.year }
            if amounts[a] != amounts[b] { return amounts[a] > amounts[b] }
            return left.id < right.id
        }.map { first[$0] }
        // Each figure is in four listings: its anchor is hashed once for all of them.
        var hashes = [UInt64](repeating: 0, count: facts.count)
        for id in first { hashes[id] = PageBreaks.stableHash(facts[id].anchor) }
        var members: [Key: [Int]] = [:]
        for id in order {
            let kind = facts[id].fact.kind
            for district in [nil, facts[id].district] as [Int?] {
                for kinds in [Kinds.one(kind).group, .one(kind)] { members[Key(district: district, kinds: kinds), default: []].append(id) }
            }
        }
        return ([nil] + districts.indices.map(Optional.some)).flatMap { district -> [FigureListing] in
            let folder = district.map { String(districts[$0].path.dropLast(".html".count)) } ?? "investments"
            return Kinds.all.compactMap { kinds in
                let key = Key(district: district, kinds: kinds)
                guard let ids = members[key] else { return nil }
                return FigureListing(key: key, facts: ids, pages: Self.pages(ids.map { facts[$0].fact.year }, hashes: ids.map { hashes[$0] }, size: rowsPerPage),
                                     path: "\(folder)/\(kinds.fileName).html")
            }
        }
    }

    /// Pages of about `size` figures (`PageBreaks`, by the figures' anchors) that start again at each change of year.
    static func pages(_ years: [Int], keys: [String], size: Int) -> [Page] {
        pages(years, hashes: keys.map(PageBreaks.stableHash), size: size)
    }

    static func pages(_ years: [Int], hashes: [UInt64], size: Int) -> [Page] {
        PageBreaks.pages(hashes: hashes, size: size) { $0 + 1 < years.count && years[$0 + 1] != years[$0] }
            .map { Page(range: $0, year: years[$0.lowerBound]) }
    }

    /// The years listed, newest first, each with its first and last page number.
    public var years: [(year: Int, first: Int, last: Int)] {
        var years: [(year: Int, first: Int, last: Int)] = []
        for (index, page) in pages.enumerated() {
            if let last = years.last, last.year == page.year { years[years.count - 1].last = index + 1 } else { years.append((page.year, index + 1, index + 1)) }
        }
        return years
    }
}
