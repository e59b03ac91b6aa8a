import JianbaoReading

/// A sentence of article text that states an amount of money, before money facts are extracted.
public struct AmountSentence: Sendable {
    public var sentence: String
    /// Index into `SiteModel.articles`.
    public var article: Int

    /// Sentences with a number followed by 元, 万元, 亿元 or a foreign currency, in article order.
    public static func find(in model: SiteModel) -> [AmountSentence] {
        var found: [AmountSentence] = []
        for (index, entry) in model.articles.enumerated() {
            for paragraph in entry.article.paragraphs {
                for sentence in SentenceSplitter.sentences(in: paragraph.text) where statesAmount(sentence) {
                    found.append(AmountSentence(sentence: sentence, article: index))
                }
            }
        }
        return found
    }

    static func statesAmount(_ sentence: String) -> Bool {
        let characters = Array(sentence)
        let units: Set<Character> = ["万", "亿", "千", "百", "十", "美", "欧", "港", "日", "多", "余"]
        for (index, character) in characters.enumerated() where character == "元" {
            var back = index - 1
            while back >= 0, units.contains(characters[back]) { back -= 1 }
            if back >= 0, characters[back].isNumber { return true }
        }
        return false
    }
}
