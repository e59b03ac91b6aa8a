import JianbaoReading

/// The articles of one month, newest first; the undated ones make a month of their own.
public struct ArchiveMonth: Sendable {
    /// Nil for the articles without a date.
    public var year: Int?
    public var month: Int?
    /// Indexes into `SiteModel.articles`.
    public var articles: [Int]

    /// The folder of the archive pages, from the site root.
    public static let folder = "archive"

    /// `archive/2020/02.html`, or `archive/undated.html`.
    public var path: String {
        guard let year, let month else { return "\(Self.folder)/undated.html" }
        return "\(Self.folder)/\(year)/\(month < 10 ? "0" : "")\(month).html"
    }

    /// `2020年2月`, or `未注明日期`.
    public var label: String {
        guard let year, let month else { return "未注明日期" }
        return "\(year)年\(month)月"
    }

    /// The months of `articles` (newest first, undated last, as the model orders them), newest first.
    static func months(of articles: [ArticleEntry]) -> [ArchiveMonth] {
        var months: [ArchiveMonth] = []
        for (index, entry) in articles.enumerated() {
            let date = entry.article.date
            if let last = months.last, last.year == date?.year, last.month == date?.month {
                months[months.count - 1].articles.append(index)
            } else {
                months.append(ArchiveMonth(year: date?.year, month: date?.month, articles: [index]))
            }
        }
        return months
    }
}
