import Foundation

/// Decides what an amount of money is from the words of its clause, then of its sentence.
enum KindClassifier {
    typealias Rule = (kind: MoneyFact.Kind, words: [String])

    // In priority order. Figures that are not investment, and public money, are judged by their own
    // clause only: an output value beside an investment total must not make the total output.
    static let clauseRules: [Rule] = [
        (.output, ["产值"]),
        (.sales, ["销售收入", "销售额", "营业收入", "营收", "主营业务收入"]),
        (.tax, ["利税", "税收", "纳税", "税金", "缴税"]),
        (.trade, ["进出口", "出口额", "进口额", "外贸", "出口总额"]),
        // Subsidies, rewards, interest relief and vouchers are public money given out, never
        // investment, and never a loan even where the clause speaks of one (贷款贴息).
        (.allocation, ["贴息", "免息", "奖励", "补贴", "补助", "奖补", "消费券", "代金券"]),
        // A loan product is named for what it lends to (“复工贷”, “科技贷”): any 贷 is a loan.
        (.loan, ["贷", "授信"]),
        (.donation, ["捐赠", "捐款", "捐助", "捐献"]),
        (.relief, ["救助", "救济", "慰问金"]),
        (.allocation, ["拨付", "调拨", "下拨", "拨款", "扶持资金", "专项资金", "补助资金", "奖补资金", "补贴资金"]),
        // The economy's measures and incomes are never investment, even in a sentence of plans.
        (.other, ["生产总值", "GDP", "增加值", "预算收入", "财政收入", "可支配收入", "收入", "成交额", "交易额", "工资"]),
        (.resumption, ["复工"]),
        (.negotiating, ["在谈", "洽谈"]),
        // A projection (预计年底可完成…) is said of its own clause; the year's scheduled projects
        // (共安排重点项目460个) are its plan.
        (.plan, ["预计", "力争", "拟", "计划", "策划", "安排"]),
    ] + stageRules

    static let stageRules: [Rule] = [
        // Foreign capital actually used is money that has arrived.
        (.fundsInPlace, ["到位", "实际使用外资", "实际利用外资"]),
        // Groundbreaking has many words: 开工, 动工, 开建, 破土, 奠基.
        (.groundbreaking, ["开工", "动工", "开建", "破土", "奠基"]),
        (.signing, ["签约", "签订", "签下", "签署", "合同投资", "合同额"]),
    ]

    static let sentenceRules: [Rule] = [(.negotiating, ["在谈", "洽谈"]), (.plan, ["计划", "策划"])] + stageRules

    // Phrases that only name the figure (`计划总投资`), not a plan: removed before matching.
    static let namingPhrases = ["年度计划投资", "计划总投资", "计划投资", "年度投资计划"]

    /// The kind, and whether it came from words (false: nothing matched and the default was used).
    /// `clause` is the amount's clause with the clause before it when that one states no amount.
    static func kind(clause: String, sentence: String) -> (MoneyFact.Kind, fromWords: Bool) {
        if let kind = firstMatch(clauseRules, in: clause) ?? firstMatch(sentenceRules, in: sentence) { return (kind, true) }
        let investment = ["投资", "项目", "资金"].contains { sentence.contains($0) }
        return (investment ? .plan : .other, false)
    }

    /// The stage an event is at (开工, 签约, 复工, 在谈, 到位) as `text` names it, if it names one.
    static func event(in text: String) -> MoneyFact.Kind? {
        firstMatch(eventRules, in: text)
    }

    private static let eventRules: [Rule] = [(.resumption, ["复工"]), (.negotiating, ["在谈", "洽谈"])] + stageRules

    private static func firstMatch(_ rules: [Rule], in text: String) -> MoneyFact.Kind? {
        var cleaned = text
        for phrase in namingPhrases where cleaned.contains(phrase) { cleaned = cleaned.replacingOccurrences(of: phrase, with: "") }
        // Each rule has many words and a clause few characters: a word whose first character the
        // clause lacks is not searched for.
        let present = Set(cleaned.unicodeScalars.map(\.value))
        return rules.first { rule in
            rule.words.contains { word in word.unicodeScalars.first.map { present.contains($0.value) } == true && cleaned.contains(word) }
        }?.kind
    }
}
