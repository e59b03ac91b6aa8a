import JianbaoReading

/// Dates written for Chinese readers and for feeds.
public enum ChineseDate {
    /// `2020年2月17日`.
    public static func long(_ date: ReportDate) -> String { "\(date.year)年\(date.month)月\(date.day)日" }

    /// RFC 3339 at midnight China time: `2020-02-17T00:00:00+08:00`.
    public static func rfc3339(_ date: ReportDate) -> String { "\(date.iso)T00:00:00+08:00" }
}
