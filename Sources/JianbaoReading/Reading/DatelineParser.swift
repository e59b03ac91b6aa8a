/// Finds a dateline at the start of a paragraph, with the credit after it: `本报淄博讯`, `开发区讯(高庆贺)`,
/// `【东江日报讯】`, `本报讯 记者 王明 通讯员 李华`, `新华社南京2月20日电（记者 X）`.
enum DatelineParser {
    struct Match: Sendable, Hashable {
        var dateline: String
        /// The names after the dateline, in brackets or not, reporters unless labelled otherwise.
        var byline: Byline?
        /// The paragraph text after the dateline.
        var rest: String
        /// How many characters the dateline, its credit and the space after them take.
        var consumed: Int
    }

    // A dispatch's date and 电 come within this many characters: `据新华社乌鲁木齐12月20日电`.
    static let longestDispatch = 26
    static let longestNewsroom = 14
    static let longestOpening = 96
    // A paper or outlet names itself: 日报, 晚报, 新闻网, 电视台, 通讯社, 融媒体中心.
    static let outletEnds: Set<Character> = ["报", "网", "台", "社", "心"]
    static let wrappers: [(Character, Character)] = [("【", "】"), ("[", "]"), ("〔", "〕")]

    static func match(_ paragraph: String) -> Match? {
        // Most paragraphs have neither 讯 nor 电 near their start; only those are split into characters.
        let opening = paragraph.prefix(longestDispatch + 2)
        guard opening.contains("讯") || opening.contains("日电") else { return nil }
        // A dateline and its credit fit in the paragraph's first characters; the rest is not split.
        let characters = Array(paragraph.prefix(longestOpening))
        guard let (dateline, afterDateline, standsAlone) = dispatch(characters) ?? newsroom(characters) else { return nil }
        var end = afterDateline
        while end < characters.count, characters[end].isWhitespace { end += 1 }
        var byline: Byline?
        if end < characters.count, BylineParser.openers.contains(characters[end]),
           let close = characters[end...].prefix(40).firstIndex(where: { BylineParser.closers.contains($0) }),
           let names = BylineParser.names(in: String(characters[(end + 1)..<close])) {
            byline = names
            end = close + 1
        } else if let (names, creditEnd) = openCredit(characters, from: end) {
            byline = names
            end = creditEnd
        }
        // A word ending in 讯 opens a dateline only when it names a newsroom or has a credit after it.
        guard standsAlone || byline != nil else { return nil }
        let tail = paragraph.dropFirst(end)
        let rest = tail.trimmingWhitespace()
        guard !rest.isEmpty || byline != nil else { return nil }
        return Match(dateline: dateline, byline: byline, rest: rest, consumed: end + (tail.count - rest.count))
    }

    // `新华社南京2月20日电`, `据人民网北京5月8日电`, `本报北京３月２日电`: an outlet and a place, a date, 电.
    private static func dispatch(_ characters: [Character]) -> (String, Int, Bool)? {
        let start = characters.first == "据" ? 1 : 0
        guard let dian = characters.prefix(longestDispatch).firstIndex(of: "电"), dian > start + 4,
              characters[dian - 1] == "日" else { return nil }
        let head = String(characters[start..<dian])
        guard let month = head.firstIndex(of: "月"), let date = DateFinder.firstDate(in: head, defaultYear: 2000),
              date.month > 0 else { return nil }
        let outlet = head[..<month].prefix { $0.isHan }
        guard outlet.count >= 2,
              head[outlet.endIndex...].allSatisfy({ NumberParser.startsNumber($0) || "年月日".contains($0) }) else { return nil }
        return (head + "电", dian + 1, true)
    }

    // `本报讯`, `东江日报讯`, `【东江日报讯】`, `开发区讯(…)`.
    private static func newsroom(_ characters: [Character]) -> (String, Int, Bool)? {
        let wrapper = wrappers.first { characters.first == $0.0 }
        let start = wrapper == nil ? 0 : 1
        guard let xun = characters.prefix(longestNewsroom + start).firstIndex(of: "讯"), xun >= start + 2 else { return nil }
        let head = characters[start..<xun]
        guard head.allSatisfy(\.isHan) else { return nil }
        var end = xun + 1
        if let wrapper {
            guard end < characters.count, characters[end] == wrapper.1 else { return nil }
            end += 1
        }
        let named = String(head).hasPrefix("本报") || head.last.map(outletEnds.contains) == true || wrapper != nil
        return (String(head) + "讯", end, named)
    }

    /// A credit with no brackets, ended by a space before the text: `记者 王明 通讯员 李华 `, `记者/王明 `.
    static func openCredit(_ characters: [Character], from start: Int) -> (Byline, Int)? {
        var byline = Byline()
        var role: BylineParser.Role?
        var index = start
        var end: Int?
        while index < characters.count {
            var tokenEnd = index
            while tokenEnd < characters.count, !characters[tokenEnd].isWhitespace { tokenEnd += 1 }
            // The text follows the credit after a space; a credit that runs into it is no credit.
            guard tokenEnd < characters.count else { break }
            let token = String(characters[index..<tokenEnd])
            var name = token
            if let (label, labelRole) = BylineParser.role(in: token) {
                role = labelRole
                name = BylineParser.nameAfter(label, in: token) ?? ""
            } else if token == "报道" {
                name = ""
            }
            guard let current = role else { break }
            if !name.isEmpty {
                guard BylineParser.isName(name) else { break }
                byline.add(name, as: current)
            } else if BylineParser.role(in: token) == nil, token != "报道" {
                break
            }
            end = tokenEnd
            index = tokenEnd
            while index < characters.count, characters[index].isWhitespace { index += 1 }
        }
        guard let end, !byline.isEmpty else { return nil }
        return (byline, end)
    }
}

extension Character {
    var isHan: Bool {
        unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
