/// Reads credit lines such as `□ 本报记者 杨国胜 都镇强` or `记者 张蓓 通讯员 丁延峻 报道`.
enum BylineParser {
    enum Role { case reporter, correspondent, intern }

    // A label ends in its role: 记者, 本报记者, 特约记者 and any outlet's 某某报·某某记者 alike.
    static let roles: [(String, Role)] = [("记者", .reporter), ("通讯员", .correspondent), ("实习生", .intern)]

    /// The byline in `lines`, or nil when the lines are not a credit line.
    static func parse(_ lines: [String]) -> Byline? {
        var text = lines.joined(separator: " ").trimmingWhitespace()
        let boxed = text.hasPrefix("□")
        if boxed { text = text.dropFirst().trimmingWhitespace() }
        if text.hasSuffix("报道") { text = text.dropLast(2).trimmingWhitespace() }
        guard lines.count <= 3, text.count <= 60, !text.isEmpty else { return nil }
        let hasLabel = roles.contains { text.contains($0.0) }
        guard boxed || hasLabel else { return nil }
        guard !text.contains(where: { BlockKind.sentenceEnders.contains($0) || $0 == "," || $0 == "," }) else { return nil }

        var byline = Byline()
        var role = Role.reporter
        for token in text.split(whereSeparator: { $0.isWhitespace }).map(String.init) {
            var name = token
            if let (keyword, keywordRole) = roles.first(where: { token.contains($0.0) }),
               let range = token.range(of: keyword) {
                role = keywordRole
                name = String(token[range.upperBound...])
            }
            guard !name.isEmpty, name.count <= 5 else { continue }
            switch role {
            case .reporter: byline.reporters.append(name)
            case .correspondent: byline.correspondents.append(name)
            case .intern: byline.interns.append(name)
            }
        }
        return byline.isEmpty ? nil : byline
    }
}
