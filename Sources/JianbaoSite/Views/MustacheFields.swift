import Mustache

// Templates look fields up by name; without these they go through Mirror, which is slow enough
// to dominate a build with thousands of table rows. One switch per type, stored fields in order.

extension FactRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "date": self.date
        case "dateSort": self.dateSort
        case "kind": self.kind
        case "kindCode": self.kindCode
        case "projects": self.projects
        case "amount": self.amount
        case "amountSort": self.amountSort
        case "annual": self.annual
        case "annualSort": self.annualSort
        case "category": self.category
        case "quote": self.quote
        case "quoteFull": self.quoteFull
        case "sentenceURL": self.sentenceURL
        case "district": self.district
        case "districtURL": self.districtURL
        case "parentURL": self.parentURL
        default: nil
        }
    }
}

extension TotalRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        case "count": self.count
        case "total": self.total
        case "totalSort": self.totalSort
        default: nil
        }
    }
}

extension FilterOption: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "value": self.value
        case "label": self.label
        default: nil
        }
    }
}

extension FactTable: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "caption": self.caption
        case "rows": self.rows
        case "withDistrict": self.withDistrict
        case "isEmpty": self.isEmpty
        case "note": self.note
        default: nil
        }
    }
}

extension ArticleLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "date": self.date
        case "isoDate": self.isoDate
        case "district": self.district
        case "districtURL": self.districtURL
        case "summary": self.summary
        default: nil
        }
    }
}

extension DistrictLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        case "count": self.count
        case "city": self.city
        case "cityURL": self.cityURL
        default: nil
        }
    }
}

extension CityLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        case "districtCount": self.districtCount
        case "articleCount": self.articleCount
        default: nil
        }
    }
}

extension PageChrome: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": self.siteTitle
        case "siteDescription": self.siteDescription
        case "language": self.language
        case "title": self.title
        case "description": self.description
        case "root": self.root
        case "canonicalURL": self.canonicalURL
        case "isHome": self.isHome
        case "isInvestments": self.isInvestments
        default: nil
        }
    }
}

extension TimelineItem: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "date": self.date
        case "isoDate": self.isoDate
        case "text": self.text
        case "url": self.url
        default: nil
        }
    }
}

extension BarChartView.Bar: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        case "url": self.url
        case "share": self.share
        case "textY": self.textY
        case "barY": self.barY
        default: nil
        }
    }
}

extension MapView.Point: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        case "url": self.url
        case "cx": self.cx
        case "cy": self.cy
        case "r": self.r
        case "showsLabel": self.showsLabel
        case "labelX": self.labelX
        case "labelY": self.labelY
        case "labelAnchor": self.labelAnchor
        case "isEmpty": self.isEmpty
        default: nil
        }
    }
}

extension BarChartView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chartID": self.chartID
        case "height": self.height
        case "barHeight": self.barHeight
        case "bars": self.bars
        case "summary": self.summary
        default: nil
        }
    }
}

extension MapView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "width": self.width
        case "height": self.height
        case "points": self.points
        case "summary": self.summary
        default: nil
        }
    }
}
