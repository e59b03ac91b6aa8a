/// Splits paragraph text into sentences by the fixtures' rule.
public enum SentenceSplitter {
    static let enders: ScalarSet = ["。", "!", "?"]
    static let closers: ScalarSet = ["”", "’", "」", "』", ")", "》", ")"]

    /// A sentence's text and its character offsets in the paragraph, whitespace at either end left out.
    public struct Span: Sendable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    /// A sentence ends after 。!?!? and any closing quotes or brackets right after; so does the paragraph.
    public static func sentences(in text: String) -> [String] {
        ranges(in: text).map(\.text)
    }

    /// The first sentence of `text`, found without splitting the rest: titles and summaries need only it.
    public static func firstSentence(in text: String) -> String? {
        ranges(in: text, upTo: 1).first?.text
    }

    /// The sentences of `text` with their offsets, so callers can tell which lines each came from;
    /// at most `limit` of them.
    public static func ranges(in text: String, upTo limit: Int = .max) -> [Span] {
        var spans: [Span] = []
        var sentenceStart = (index: text.startIndex, offset: 0)
        var index = text.startIndex
        var offset = 0
        var closing = false
        while index < text.endIndex {
            let mark = self.mark(text[index])
            if closing && mark == nil {
                append(text[sentenceStart.index..<index], from: sentenceStart.offset, to: offset, into: &spans)
                if spans.count >= limit { return spans }
                sentenceStart = (index, offset)
                closing = false
            }
            if mark == .ender { closing = true }
            index = text.index(after: index)
            offset += 1
        }
        append(text[sentenceStart.index...], from: sentenceStart.offset, to: offset, into: &spans)
        return spans
    }

    private enum Mark { case ender, closer }

    private static func mark(_ character: Character) -> Mark? {
        if enders.contains(character) { return .ender }
        return closers.contains(character) ? .closer : nil
    }

    private static func append(_ sentence: Substring, from start: Int, to end: Int, into spans: inout [Span]) {
        let leading = sentence.prefix { $0.isWhitespace }.count
        guard leading < end - start else { return }
        let trailing = sentence.reversed().prefix { $0.isWhitespace }.count
        let text = sentence.dropFirst(leading).dropLast(trailing)
        spans.append(Span(text: String(text), start: start + leading, end: end - trailing))
    }
}
