import Foundation
import JianbaoReading

/// One report being corrected: finds what a correction matches and changes it, keeping the figures'
/// article, paragraph and parent numbers right, and notes each change on the article it touches.
struct ReportEdit {
    var report: Report
    let gazetteer: Gazetteer

    mutating func apply(_ correction: Correction) -> Result<[String], CorrectionProblem> {
        Result { () throws(CorrectionProblem) in
            if let match = correction.article {
                let article = try find(match)
                if let changes = correction.set { return try set(changes, article: article) }
                return [try markFurniture(correction.furniture ?? "", in: article)]
            }
            if let match = correction.figure {
                let figure = try find(match)
                if correction.drop == true { return [drop(figure)] }
                return try set(correction.set ?? .init(), figure: figure)
            }
            let pair = correction.merge ?? []
            return [try merge(find(pair[0]), find(pair[1]))]
        }
    }

    // MARK: Finding

    private func find(_ match: Correction.ArticleMatch) throws(CorrectionProblem) -> Int {
        let found = report.articles.indices.filter { index in
            let article = report.articles[index]
            if let headline = match.headline { return article.headline == headline.trimmingCharacters(in: .whitespaces) }
            let start = (match.firstSentence ?? "").trimmingCharacters(in: .whitespaces)
            return !start.isEmpty && article.firstParagraph?.text.hasPrefix(start) == true
        }
        let said = match.headline.map { "the headline “\($0)”" } ?? "the first sentence “\(match.firstSentence ?? "")”"
        guard found.count == 1 else {
            throw CorrectionProblem(reason: found.isEmpty ? "no article of \(report.file) has \(said)" : "\(found.count) articles of \(report.file) have \(said)")
        }
        return found[0]
    }

    private func find(_ match: Correction.FigureMatch) throws(CorrectionProblem) -> Int {
        let found = report.moneyFacts.indices.filter { index in
            let fact = report.moneyFacts[index]
            return fact.quote.text.contains(match.quote) && (match.amount.map { $0 == Self.amount(of: fact) } ?? true)
        }
        let said = "“\(match.quote)”" + (match.amount.map { " and the amount \($0)" } ?? "")
        guard found.count == 1 else {
            throw CorrectionProblem(reason: found.isEmpty ? "no figure of \(report.file) has \(said)"
                : "\(found.count) figures of \(report.file) have \(said); give the “amount” too")
        }
        return found[0]
    }

    static func amount(of fact: MoneyFact) -> String { MoneyText.amount(fact.amount, currency: fact.currency) }

    private func place(named name: String) throws(CorrectionProblem) -> Place {
        let places = gazetteer.places(named: name)
        guard places.count == 1 else {
            throw CorrectionProblem(reason: places.isEmpty ? "no place is named “\(name)”; add it to site.json's “places”"
                : "\(places.count) places are named “\(name)”; add the one meant to site.json's “places” under another name")
        }
        return places[0]
    }

    // MARK: Articles

    private mutating func set(_ changes: Correction.Changes, article index: Int) throws(CorrectionProblem) -> [String] {
        var article = report.articles[index]
        var notes: [String] = []
        if let name = changes.district {
            let place = try place(named: name)
            notes.append("区县改为\(place.name)(原为\(article.place?.name ?? "未标明"))")
            // The article's own figures go with it; those of other places it quotes stay theirs.
            for fact in report.moneyFacts.indices where report.moneyFacts[fact].article == index
                && (report.moneyFacts[fact].place == nil || report.moneyFacts[fact].place?.name == article.place?.name) {
                report.moneyFacts[fact].place = place
            }
            article.place = place
        }
        if let headline = changes.headline {
            notes.append("标题改为“\(headline)”(原为“\(article.headline ?? article.displayTitle)”)")
            article.headline = headline
        }
        if let kicker = changes.kicker {
            notes.append(kicker.isEmpty ? "删去肩题“\(article.kicker ?? "")”" : "肩题改为“\(kicker)”")
            article.kicker = kicker.isEmpty ? nil : kicker
        }
        if let text = changes.date {
            guard let date = Self.date(text) else { throw CorrectionProblem(reason: "“\(text)” is not a date written as 2020-02-21") }
            notes.append("日期改为\(ChineseDate.long(date))" + (article.date.map { "(原为\(ChineseDate.long($0)))" } ?? ""))
            article.date = date
        }
        guard !notes.isEmpty else { throw CorrectionProblem(reason: "“set” names nothing an article has (district, headline, kicker, date)") }
        article.corrections += notes
        report.articles[index] = article
        return notes
    }

    static func date(_ text: String) -> ReportDate? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        components.calendar = Calendar(identifier: .gregorian)
        guard components.isValidDate else { return nil }
        return ReportDate(year: parts[0], month: parts[1], day: parts[2])
    }

    private mutating func markFurniture(_ start: String, in index: Int) throws(CorrectionProblem) -> String {
        let paragraphs = report.articles[index].paragraphs
        let found = paragraphs.indices.filter { !start.isEmpty && paragraphs[$0].text.hasPrefix(start) }
        guard found.count == 1, let paragraph = found.first else {
            throw CorrectionProblem(reason: found.isEmpty ? "no paragraph of the article starts with “\(start)”" : "\(found.count) paragraphs of the article start with “\(start)”")
        }
        var seen = -1
        report.articles[index].blocks.removeAll { block in
            guard case .paragraph = block else { return false }
            seen += 1
            return seen == paragraph
        }
        report.furniture.append(paragraphs[paragraph].text)
        removeFacts { $1.article == index && $1.paragraph == paragraph }
        for fact in report.moneyFacts.indices where report.moneyFacts[fact].article == index && report.moneyFacts[fact].paragraph > paragraph {
            report.moneyFacts[fact].paragraph -= 1
        }
        let note = "“\(Self.short(paragraphs[paragraph].text))”是版面文字,不是正文,已移出"
        report.articles[index].corrections.append(note)
        return note
    }

    private mutating func merge(_ first: Int, _ second: Int) throws(CorrectionProblem) -> String {
        guard first != second else { throw CorrectionProblem(reason: "“merge” names the same article twice") }
        let joined = report.articles[second]
        let offset = report.articles[first].paragraphs.count
        report.articles[first].blocks += joined.blocks
        report.articles[first].sources += joined.sources
        report.articles[first].repairs += joined.repairs
        let note = "“\(joined.displayTitle)”并入本文"
        report.articles[first].corrections += joined.corrections + [note]
        for index in report.moneyFacts.indices {
            if report.moneyFacts[index].article == second {
                report.moneyFacts[index].article = first
                report.moneyFacts[index].paragraph += offset
            }
            if report.moneyFacts[index].article > second { report.moneyFacts[index].article -= 1 }
        }
        report.articles.remove(at: second)
        return note
    }

    // MARK: Figures

    private mutating func drop(_ index: Int) -> String {
        let fact = report.moneyFacts[index]
        let note = "删去数字\(Self.amount(of: fact))(“\(Self.short(fact.quote.text))”)"
        report.articles[fact.article].corrections.append(note)
        removeFacts { position, _ in position == index }
        return note
    }

    private mutating func set(_ changes: Correction.Changes, figure index: Int) throws(CorrectionProblem) -> [String] {
        var fact = report.moneyFacts[index]
        let shown = Self.amount(of: fact)
        var notes: [String] = []
        if let code = changes.kind {
            guard let kind = MoneyFact.Kind(rawValue: code) else {
                throw CorrectionProblem(reason: "“\(code)” is no kind; use one of \(MoneyFact.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            notes.append("数字\(shown)的类型改为\(MoneyText.kind(kind))(原为\(MoneyText.kind(fact.kind)))")
            fact.kind = kind
        }
        if let text = changes.amount {
            guard let quantity = QuantityScanner.quantities(in: text).first(where: \.isMoney), case .money(let currency) = quantity.unit else {
                throw CorrectionProblem(reason: "“\(text)” is not an amount of money such as 638亿元")
            }
            notes.append("数字\(shown)改为\(MoneyText.amount(quantity.value, currency: currency))")
            fact.amount = quantity.value
            fact.currency = currency
        }
        if let projects = changes.projects {
            notes.append("数字\(shown)的项目数改为\(projects)个" + (fact.projects.map { "(原为\($0)个)" } ?? ""))
            fact.projects = projects
        }
        if let name = changes.district {
            let place = try place(named: name)
            notes.append("数字\(shown)计入\(place.name)")
            fact.district = place
            fact.place = place
        }
        guard !notes.isEmpty else { throw CorrectionProblem(reason: "“set” names nothing a figure has (kind, amount, projects, district)") }
        report.moneyFacts[index] = fact
        report.articles[fact.article].corrections += notes
        return notes
    }

    // Removes the figures `remove` picks; the others' parents follow their new positions, and a
    // figure whose parent went has none.
    private mutating func removeFacts(where remove: (Int, MoneyFact) -> Bool) {
        var position: [Int: Int] = [:]
        var kept: [MoneyFact] = []
        for (index, fact) in report.moneyFacts.enumerated() where !remove(index, fact) {
            position[index] = kept.count
            kept.append(fact)
        }
        for index in kept.indices { kept[index].parent = kept[index].parent.flatMap { position[$0] } }
        report.moneyFacts = kept
    }

    static func short(_ text: String) -> String {
        text.count > 30 ? String(text.prefix(30)) + "…" : text
    }
}
