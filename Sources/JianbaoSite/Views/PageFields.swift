import Mustache

// Page views, like the rows in MustacheFields.swift: templates read them without Mirror.

extension HomeView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "page": self.page
        case "cities": self.cities
        case "districts": self.districts
        case "articles": self.articles
        case "reportCount": self.reportCount
        case "articleCount": self.articleCount
        case "chart": self.chart
        default: nil
        }
    }
}

extension ArticleView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "page": self.page
        case "kicker": self.kicker
        case "headline": self.headline
        case "headlineIsMade": self.headlineIsMade
        case "subheadline": self.subheadline
        case "byline": self.byline
        case "date": self.date
        case "isoDate": self.isoDate
        case "district": self.district
        case "bodyHTML": self.bodyHTML
        case "source": self.source
        case "related": self.related
        default: nil
        }
    }
}

extension DistrictView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "page": self.page
        case "name": self.name
        case "city": self.city
        case "cityURL": self.cityURL
        case "articles": self.articles
        case "investmentTable": self.investmentTable
        case "otherTable": self.otherTable
        case "timeline": self.timeline
        case "hasTimeline": self.hasTimeline
        default: nil
        }
    }
}

extension CityView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "page": self.page
        case "name": self.name
        case "districts": self.districts
        case "articleCount": self.articleCount
        default: nil
        }
    }
}

extension InvestmentsView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "page": self.page
        case "factCount": self.factCount
        case "totalsByDistrict": self.totalsByDistrict
        case "totalsByKind": self.totalsByKind
        case "chart": self.chart
        case "map": self.map
        case "investmentTable": self.investmentTable
        case "otherTable": self.otherTable
        case "kindOptions": self.kindOptions
        case "placeOptions": self.placeOptions
        case "csvURL": self.csvURL
        case "jsonURL": self.jsonURL
        default: nil
        }
    }
}

extension NotFoundView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "page": self.page
        default: nil
        }
    }
}

extension FeedView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "subtitle": self.subtitle
        case "siteURL": self.siteURL
        case "feedURL": self.feedURL
        case "updated": self.updated
        case "language": self.language
        case "entries": self.entries
        default: nil
        }
    }
}

extension FeedEntry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "updated": self.updated
        case "summary": self.summary
        case "authors": self.authors
        case "category": self.category
        default: nil
        }
    }
}

extension SitemapView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "urls": self.urls
        default: nil
        }
    }
}

extension SitemapURL: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "loc": self.loc
        case "lastmod": self.lastmod
        default: nil
        }
    }
}

extension RobotsView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "sitemapURL": self.sitemapURL
        default: nil
        }
    }
}
