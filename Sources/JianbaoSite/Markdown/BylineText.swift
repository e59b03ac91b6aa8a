import JianbaoReading

/// A byline written out the way the paper prints it: `记者 马玉姝 通讯员 冯萍`.
public enum BylineText {
    public static func make(_ byline: Byline) -> String {
        var parts: [String] = []
        if !byline.reporters.isEmpty { parts.append("记者 " + byline.reporters.joined(separator: " ")) }
        if !byline.correspondents.isEmpty { parts.append("通讯员 " + byline.correspondents.joined(separator: " ")) }
        if !byline.interns.isEmpty { parts.append("实习生 " + byline.interns.joined(separator: " ")) }
        return parts.joined(separator: " ")
    }
}
