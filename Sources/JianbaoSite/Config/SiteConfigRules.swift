import Foundation

/// The range of every setting in site.json, checked once it is decoded: a bad value is an error at
/// its line and column, never a crash later.
enum SiteConfigRules {
    static let years = 1900...2100
    static let latestCounts = 1...1000
    static let pageSizes = 5...1000
    // At about a kilobyte and a half a row, more than 300 would take a page past 500 KB.
    static let figurePageSizes = 10...300

    /// The first value out of range, as its path (`places.3.latitude`) and what it must be.
    static func firstProblem(in config: SiteConfig) -> ([String], String)? {
        if let problem = baseURLProblem(config.baseURL) { return (["baseURL"], problem) }
        if !isLanguageTag(config.language) { return (["language"], "must be a language tag such as zh-CN") }
        for (key, folder) in [("reports", config.reports), ("templates", config.templates), ("output", config.output), ("pages", config.pages), ("corrections", config.corrections)]
        where folder.isEmpty || folder.utf8.contains(0) {
            return ([key], "must be a folder's path")
        }
        if !years.contains(config.defaultYear) { return (["defaultYear"], "must be a year from \(years.lowerBound) to \(years.upperBound)") }
        if !latestCounts.contains(config.latestCount) {
            return (["latestCount"], "must be a whole number from \(latestCounts.lowerBound) to \(latestCounts.upperBound)")
        }
        if !pageSizes.contains(config.pageSize) {
            return (["pageSize"], "must be a whole number from \(pageSizes.lowerBound) to \(pageSizes.upperBound)")
        }
        if !figurePageSizes.contains(config.figurePageSize) {
            return (["figurePageSize"], "must be a whole number from \(figurePageSizes.lowerBound) to \(figurePageSizes.upperBound)")
        }
        for (index, place) in config.places.enumerated() {
            let path = ["places", String(index)]
            if place.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return (path + ["name"], "must be a place's name") }
            if let longitude = place.longitude, !(-180...180).contains(longitude) { return (path + ["longitude"], "must be from -180 to 180") }
            if let latitude = place.latitude, !(-90...90).contains(latitude) { return (path + ["latitude"], "must be from -90 to 90") }
            if (place.longitude == nil) != (place.latitude == nil) {
                return (path + [place.longitude == nil ? "latitude" : "longitude"], "needs its partner: give both longitude and latitude, or neither")
            }
            for (aliasIndex, alias) in (place.aliases ?? []).enumerated() where alias.trimmingCharacters(in: .whitespaces).isEmpty {
                return (path + ["aliases", String(aliasIndex)], "must not be empty")
            }
        }
        return nil
    }

    /// Why `url` cannot be the site's address, or nil: it must be absolute http(s) with a host.
    static func baseURLProblem(_ url: String) -> String? {
        let allowed = "must be an http:// or https:// address with a host, such as https://example.org/"
        guard let parsed = URLComponents(string: url), let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = parsed.host, !host.isEmpty, parsed.query == nil, parsed.fragment == nil,
              !url.unicodeScalars.contains(where: { $0.value <= 0x20 || "\"'<>\\`".unicodeScalars.contains($0) }) else {
            return allowed
        }
        return nil
    }

    /// Top-level keys whose value is a whole number.
    static let wholeNumberKeys = ["defaultYear", "latestCount", "pageSize", "figurePageSize"]

    /// Whether a JSON number is whole and small enough to be an `Int`.
    static func isWholeNumber(_ number: NSNumber) -> Bool {
        let value = number.doubleValue
        return value.rounded() == value && abs(value) < 1e15
    }

    private static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
