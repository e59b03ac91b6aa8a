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

    func find(_ match: Correction.ArticleMatch) throws(CorrectionProblem) -> Int {
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

    func find(_ match: Correction.FigureMatch) throws(CorrectionProblem) -> Int {
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

    func place(named name: String) throws(CorrectionProblem) -> Place {
        let places = gazetteer.places(named: name)
        guard places.count == 1 else {
            throw CorrectionProblem(reason: places.isEmpty ? "no place is named “\(name)”; add it to site.json's “places”"
                : "\(places.count) places are named “\(name)”; add the one meant to site.json's “places” under another name")
        }
        return places[0]
    }

    // Removes the figures `remove` picks; the others' parents follow their new positions, and a
    // figure whose parent went has none.
    mutating func removeFacts(where remove: (Int, MoneyFact) -> Bool) {
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
