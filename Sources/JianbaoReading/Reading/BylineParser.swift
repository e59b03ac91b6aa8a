/// Reads credit lines such as `□ 本报记者 杨国胜 都镇强`, `记者 张蓓 通讯员 丁延峻 报道` or `(记者 李明)`.
enum BylineParser {
    enum Role { case reporter, correspondent, intern }

    // A label ends in its role: 记者, 本报记者, 特约记者 and any outlet's 某某报·某某记者 alike; a
    // trainee reporter (见习记者) is an intern. Longer labels come first, so that they are found first.
    static let roles: [(String, Role)] = [("见习记者", .intern), ("实习记者", .intern), ("实习生", .intern),
                                          ("记者", .reporter), ("通讯员", .correspondent)]
    // What may stand between a label and its name: `记者/王明`, `记者：王明`.
    static let nameSeparators: ScalarSet = ["/", ":"]

    /// The role label a token holds, the longest first.
    static func role(in token: String) -> (String, Role)? {
        roles.first { token.contains($0.0) }
    }

    /// The name printed after the label in the same token, without a separator (`记者/王明` → 王明).
    static func nameAfter(_ label: String, in token: String) -> String? {
        guard let range = token.range(of: label) else { return nil }
        return String(token[range.upperBound...].drop { nameSeparators.contains($0) })
    }

    /// Whether a short line names a reporter's role in a form that is not a credit line read here.
    static func looksLikeCredit(_ block: TextBlock) -> Bool {
        block.lines.count == 1 && looksLikeCredit(block.heading)
    }

    static func looksLikeCredit(_ line: String) -> Bool {
        guard line.hasAtMost(30), let last = line.last, !BlockKind.sentenceEnders.contains(last) else { return false }
        return roles.contains { line.contains($0.0) }
    }

    // Names are two to five characters of Han or letters, with a middle dot in a transliterated name.
    static func isName(_ text: String) -> Bool {
        text.count >= 2 && text.count <= 5 && text.allSatisfy { $0.isHan || $0 == "·" || $0.isLetter }
    }
    static let openers: ScalarSet = ["(", "(", "【", "["]
    static let closers: ScalarSet = [")", ")", "】", "]"]

    // A credit line is boxed, bracketed or names a role; text with none of these is skipped unread.
    static let markers = ["□", "■", "(", "(", "【", "["] + roles.map(\.0)

    /// The byline in `lines`, or nil when the lines are not a credit line.
    // A credit line names a few people: longer text is not one, and is not searched for markers.
    static let longestCreditLine = 80

    static func parse(_ lines: [String]) -> Byline? {
        guard lines.count <= 3, lines.reduce(0, { $0 + $1.utf8.count }) <= longestCreditLine * 4,
              lines.contains(where: { line in markers.contains { line.contains($0) } }) else { return nil }
        var text = lines.joined(separator: " ").trimmingWhitespace()
        let boxed = text.hasPrefix("□") || text.hasPrefix("■")
        if boxed { text = text.dropFirst().trimmingWhitespace() }
        var bracketed = false
        if let first = text.first, let last = text.last, openers.contains(first), closers.contains(last) {
            text = String(text.dropFirst().dropLast()).trimmingWhitespace()
            bracketed = true
        }
        let byline = names(in: text)
        guard let byline else { return nil }
        // Without a box or brackets a credit line must name a role, so that short text stays text.
        guard boxed || bracketed || roles.contains(where: { text.contains($0.0) }) else { return nil }
        if bracketed && !roles.contains(where: { text.contains($0.0) }) { return nil }
        return byline
    }

    /// A credit printed in brackets at the very end of a paragraph: `……(记者 王明 通讯员 李华)`.
    static func trailing(in paragraph: String) -> (byline: Byline, length: Int)? {
        guard let last = paragraph.last, closers.contains(last),
              let open = paragraph.lastIndex(where: { openers.contains($0) }) else { return nil }
        let inner = paragraph[paragraph.index(after: open)..<paragraph.index(before: paragraph.endIndex)]
        guard roles.contains(where: { inner.contains($0.0) }), let byline = names(in: String(inner)) else { return nil }
        return (byline, paragraph.distance(from: open, to: paragraph.endIndex))
    }

    /// Names after role labels, reporters when no label comes first; nil when it is not a list of names.
    static func names(in content: String, defaultRole: Role = .reporter) -> Byline? {
        var text = content.trimmingWhitespace()
        guard text.hasAtMost(80) else { return nil }
        // `记者：王明`, `通讯员/李华`: a separator after a label is no part of a sentence.
        if text.contains(where: { nameSeparators.contains($0) }) {
            for (label, _) in roles {
                for separator in nameSeparators.characters where text.contains(label + String(separator)) {
                    text = text.replacingOccurrences(of: label + String(separator), with: label + " ")
                }
            }
        }
        if text.hasSuffix("报道") { text = text.dropLast(2).trimmingWhitespace() }
        if text.hasSuffix("摄影") || text.hasSuffix("摄") { return nil }
        guard text.hasAtMost(60), !text.isEmpty else { return nil }
        guard !text.contains(where: { BlockKind.sentenceEnders.contains($0) || ",,:".contains($0) }) else { return nil }

        var byline = Byline()
        var role = defaultRole
        for token in text.split(whereSeparator: { $0.isWhitespace || $0 == "、" }).map(String.init) {
            var name = token
            if let (keyword, keywordRole) = Self.role(in: token) {
                role = keywordRole
                name = nameAfter(keyword, in: token) ?? ""
            }
            guard !name.isEmpty else { continue }
            // Anything longer than a name is words, not a credit.
            guard name.count <= 5, name.allSatisfy({ $0.isHan || $0 == "·" || $0.isLetter }) else { return nil }
            byline.add(name, as: role)
        }
        return byline.isEmpty ? nil : byline
    }
}
