/// Splits paragraph text into sentences by the fixtures' rule.
public enum SentenceSplitter {
    static let enders: Set<Character> = ["。", "!", "?", "!", "?"]
    static let closers: Set<Character> = ["”", "’", "」", "』", ")", "》", ")"]

    /// A sentence ends after 。!?!? and any closing quotes or brackets right after; so does the paragraph.
    public static func sentences(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var closing = false
        for character in text {
            if closing && !closers.contains(character) && !enders.contains(character) {
                result.append(current)
                current = ""
                closing = false
            }
            current.append(character)
            if enders.contains(character) { closing = true }
        }
        if !current.trimmingWhitespace().isEmpty { result.append(current) }
        return result.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
