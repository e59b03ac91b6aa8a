import Foundation

/// Turns every amount of money in a report's article text into a money fact.
public enum MoneyFactExtractor {
    static let annualPhrases = ["年度计划投资", "年度投资", "年计划投资", "年内计划完成投资", "当年计划投资", "年度计划完成投资",
                                "计划完成投资", "今年计划投资", "全年计划投资"]
    static let cumulativeWords = ["以来", "累计", "共计", "累积"]
    static let clauseBreaks: ScalarSet = [",", ";", "。", "!", "?"]

    /// The facts in file order, their parents linked, and warnings for breakdowns that do not add up.
    /// `pageDate`, the masthead's, gives the month of a day printed alone when no dispatch dateline does.
    /// `gazetteer` tells a county named in a city's article, whose figure is the county's.
    public static func facts(in report: Report, pageYear: Int, pageDate: ReportDate? = nil,
                             gazetteer: Gazetteer? = nil) -> (facts: [MoneyFact], diagnostics: [Diagnostic]) {
        var drafts: [FactDraft] = []
        for (articleIndex, article) in report.articles.enumerated() {
            // 今年 is the page's year: a year another sentence names looks back or ahead.
            let year = pageYear
            // A paragraph that opens with 其中 breaks down the last total of the paragraph before it.
            var carried: Int?
            for (paragraphIndex, paragraph) in article.paragraphs.enumerated() {
                let made = read(paragraph, article: article, at: [articleIndex, paragraphIndex], year: year, pageDate: pageDate,
                                gazetteer: gazetteer, after: drafts, carried: carried)
                drafts += made
                if let last = made.lastIndex(where: { $0.breakdownOf == nil }) { carried = drafts.count - made.count + last }
            }
        }
        let ordered = Breakdowns.link(drafts)
        return (ordered, Breakdowns.check(ordered, file: report.file))
    }

    /// A province-wide figure (`全省…`, `山东省…`) belongs to the province, not to the district that quotes
    /// it; a city-wide one (`全市…`, `苏州市…` with no district after it) in a district's article belongs
    /// to the city, except that `全市` in a county-level city's article means that city; a county named
    /// by its full name in a city's article has its figure.
    static func place(of articlePlace: Place?, clause: String, gazetteer: Gazetteer? = nil) -> Place? {
        guard let articlePlace, let province = articlePlace.province else { return articlePlace }
        // A county's figure in a city's article is the county's: `其中,江宁区开工项目15个`.
        if articlePlace.level == .city, let gazetteer,
           let county = gazetteer.mentions(in: clause).lazy.flatMap(\.places).first(where: { place in
               place.level == .district && place.city == articlePlace.name && clause.contains(place.name)
                   && !PlaceResolver.originWords.contains { clause.contains($0 + place.name) }
           }) {
            return county
        }
        if clause.contains("全省") || (province != articlePlace.city && clause.contains(province)) {
            return Place(name: province, level: .province, city: nil, province: province)
        }
        guard articlePlace.level == .district, !articlePlace.isZone, let city = articlePlace.city, city != articlePlace.name else { return articlePlace }
        let countyLevelCity = articlePlace.name.hasSuffix("市")
        if (clause.contains("全市") && !countyLevelCity) || namesAlone(city, in: clause) {
            return Place(name: city, level: .city, city: city, province: province)
        }
        return articlePlace
    }

    // Whether `city` is written in `clause` as a subject of its own, not as the start of a district's
    // full name (`苏州市吴江区`) or of an office's (`苏州市吴江区发改委` is the district's).
    private static func namesAlone(_ city: String, in clause: String) -> Bool {
        var rest = clause[...]
        while let found = rest.range(of: city) {
            let next = rest[found.upperBound...].prefix(4)
            // A district, county or zone name follows when one of its closing characters comes within a few characters.
            if !next.contains(where: { "区县旗".contains($0) }) { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    static func read(_ paragraph: Paragraph, article: Article, at key: [Int], year: Int, pageDate: ReportDate? = nil,
                     gazetteer: Gazetteer? = nil, after earlier: [FactDraft] = [], carried: Int? = nil) -> [FactDraft] {
        let base = earlier.count
        guard QuantityScanner.mayHoldMoney(paragraph.text) else { return [] }
        var drafts: [FactDraft] = []
        let spans = SentenceSplitter.ranges(in: paragraph.text)
        var lastTotal: Int?
        let headlineEvent = KindClassifier.event(in: article.headline ?? "")
        let dispatch = article.dateline.flatMap { DateFinder.firstDate(in: $0, defaultYear: year) } ?? pageDate
        // A sentence with no currency word holds no amount and changes nothing below.
        for (sentenceIndex, span) in spans.enumerated() where QuantityScanner.mayHoldMoney(span.text) {
            let characters = CharacterArray.of(span.text)
            let amounts = QuantityScanner.quantities(in: characters).filter(\.isMoney)
            guard !amounts.isEmpty else { continue }
            let quote = paragraph.sentence(span)
            // `其中`, or an opening naming the class broken down (`此次开工的项目中,`): figures after it are parts.
            let among = BreakdownOpening.among(characters)
            let breakdownMarker = QuantityScanner.offset(of: "其中", in: characters) ?? among?.end
            let date = FactDate.date(sentence: span.text, previous: sentenceIndex > 0 ? spans[sentenceIndex - 1].text : nil, year: year,
                                     dispatch: dispatch)
            let factYear = FactDate.year(sentence: span.text, date: date, articleYear: year)
            let isCumulative = cumulativeWords.contains { span.text.contains($0) }
            // As a local index: one carried from the paragraph before is negative.
            // A class of figures named earlier (`产业项目中,` after `其中,产业项目19个`) is the part's total.
            let named = (among?.label).flatMap { label in
                BreakdownOpening.figure(of: label, in: earlier + drafts, article: key[0])
                    ?? BreakdownOpening.total(of: label, in: earlier + drafts, article: key[0])
            }
            let markerParent = named.map { $0 - base } ?? lastTotal ?? (sentenceIndex == 0 ? carried.map { $0 - base } : nil)
            // A single project said to be one of a class (`该项目是此次开工的先进制造业项目之一`) is part of it.
            let classParent = breakdownMarker == nil ? BreakdownOpening.oneOf(span.text).flatMap {
                BreakdownOpening.figure(of: $0, in: earlier + drafts, article: key[0])
            }.map { $0 - base } : nil
            var previousEnd = 0
            var inSentence: [Int] = []
            for amount in amounts {
                let clauseStart = max(previousEnd, (characters[..<amount.range.lowerBound].lastIndex { clauseBreaks.contains($0) } ?? -1) + 1)
                let clauseEnd = characters[amount.range.upperBound...].firstIndex { clauseBreaks.contains($0) } ?? characters.count
                let before = String(characters[clauseStart..<amount.range.lowerBound])
                let after = String(characters[amount.range.upperBound..<clauseEnd])
                previousEnd = amount.range.upperBound
                // The upper end of a range and an amount that only sizes a class of projects are no figures.
                if AmountShape.isRangeEnd(before: before) || AmountShape.isSizeClass(before: before, after: after, approx: amount.approx) {
                    continue
                }
                if let last = inSentence.last, annualPhrases.contains(where: { before.hasSuffix($0) }) {
                    drafts[last].fact.annual = amount.value
                    drafts[last].fact.annualRange = (span.start + amount.range.lowerBound)..<(span.start + amount.range.upperBound)
                    continue
                }
                let previousClauseStart = (characters[..<max(clauseStart - 1, 0)].lastIndex { clauseBreaks.contains($0) } ?? -1) + 1
                let afterBreak = clauseStart > 0 && clauseBreaks.contains(characters[clauseStart - 1])
                let previousClause = afterBreak ? String(characters[previousClauseStart..<(clauseStart - 1)]) : ""
                // The clause before counts as context (`新开工项目12个,总投资30亿元`) unless it has its own amount.
                let context = AmountShape.statesFigure(previousClause) ? "" : previousClause
                let clause = context + "," + before + String(characters[amount.range]) + after
                var (kind, fromWords) = KindClassifier.kind(clause: clause, sentence: span.text)
                // A figure whose own words say nothing of its stage is of the event the article reports,
                // as its headline names it (`…项目集中开工`); the sentence before may be of another figure,
                // and a figure said to be planned (`计划投资`) stays a plan.
                if !fromWords, kind == .plan, !clause.contains("计划"), let event = headlineEvent {
                    kind = event
                }
                // A loan stated for N projects covers N projects, as an investment total does.
                let count = kind.isInvestment || kind == .loan ? ProjectCount.find(after: after, before: before, previousClause: context) : nil
                let currency = if case .money(let code) = amount.unit { code } else { "CNY" }
                let isChild = breakdownMarker.map { amount.range.lowerBound > $0 } ?? false
                let totalInSentence = inSentence.last { index in breakdownMarker.map { drafts[index].column - span.start < $0 } ?? false }
                let parentDraft = isChild ? (totalInSentence ?? markerParent) : classParent
                let fact = MoneyFact(
                    place: Self.place(of: article.place, clause: context + before, gazetteer: gazetteer), date: date,
                    year: factYear,
                    kind: kind, projects: count?.projects, amount: amount.value, annual: nil, approx: amount.approx,
                    currency: currency, category: (isChild || count?.isNamed == true) ? count?.label : nil, parent: nil,
                    quote: quote, article: key[0], paragraph: key[1],
                    range: (span.start + amount.range.lowerBound)..<(span.start + amount.range.upperBound),
                    line: paragraph.line(atOffset: span.start + amount.range.lowerBound)
                )
                drafts.append(FactDraft(
                    fact: fact, paragraph: key, sentence: sentenceIndex, column: span.start + amount.range.lowerBound,
                    breakdownOf: parentDraft.map { $0 + base }, isExample: count != nil && after.hasPrefix("的") && !isChild, label: count?.label,
                    kindFromWords: fromWords, isCumulative: isCumulative
                ))
                inSentence.append(drafts.count - 1)
                if !isChild { lastTotal = drafts.count - 1 }
            }
        }
        return drafts
    }
}
