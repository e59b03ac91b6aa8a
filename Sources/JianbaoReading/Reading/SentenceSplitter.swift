/// Splits paragraph text into sentences by the fixtures' rule.
public enum SentenceSplitter {
    static let enders: Set<Character> = ["。", "!", "?", "!", "?"]
    static let closers: Set<Character> = ["”", "’", "」", "』", ")", "》", ")"]

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

    /// The sentences of `text` with their offsets, so callers can tell which lines each came from.
    public static func ranges(in text: String) -> [Span] {
        var spans: [Span] = []
        var current: [Character] = []
        var start = 0
        var closing = false
        func flush(at offset: Int) {
            let leading = current.prefix { $0.isWhitespace }.count
            let trailing = current.reversed().prefix { $0.isWhitespace }.count
            if leading < current.count {
                spans.append(Span(text: String(current[leading..<(current.count - trailing)]),
                                  start: start + leading, end: offset - trailing))
            }
            current = []
            start = offset
        }
        for (offset, character) in text.enumerated() {
            if closing && !closers.contains(character) && !enders.contains(character) {
                flush(at: offset)
                closing = false
            }
            current.append(character)
            if enders.contains(character) { closing = true }
        }
        flush(at: start + current.count)
        return spans
    }
}
