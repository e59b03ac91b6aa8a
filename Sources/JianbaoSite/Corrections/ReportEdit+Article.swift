import Foundation
import JianbaoReading

/// The corrections of an article: its settings, a paragraph that is furniture, a merge.
extension ReportEdit {
    mutating func set(_ changes: Correction.Changes, article index: Int) throws(CorrectionProblem) -> [String] {
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

    mutating func markFurniture(_ start: String, in index: Int) throws(CorrectionProblem) -> String {
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

    mutating func merge(_ first: Int, _ second: Int) throws(CorrectionProblem) -> String {
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
}
