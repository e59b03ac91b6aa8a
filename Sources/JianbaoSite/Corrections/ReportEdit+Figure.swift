import JianbaoReading

/// The corrections of a figure: dropping it, or setting what it is.
extension ReportEdit {
    mutating func drop(_ index: Int) -> String {
        let fact = report.moneyFacts[index]
        let note = "删去数字\(Self.amount(of: fact))(“\(Self.short(fact.quote.text))”)"
        report.articles[fact.article].corrections.append(note)
        removeFacts { position, _ in position == index }
        return note
    }

    mutating func set(_ changes: Correction.Changes, figure index: Int) throws(CorrectionProblem) -> [String] {
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
}
