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
        scalarRanges(in: text, upTo: limit) ?? characterRanges(in: text, upTo: limit)
    }

    /// The split over characters, for any text.
    static func characterRanges(in text: String, upTo limit: Int = .max) -> [Span] {
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

    // The same split over Unicode scalars, for text in which every scalar is a character of its own
    // (Han, CJK and full-width punctuation, ASCII but CR, most general punctuation): grapheme
    // breaking was most of the splitter's time. Nil for other text, which takes the character path.
    static func scalarRanges(in text: String, upTo limit: Int = .max) -> [Span]? {
        let scalars = text.unicodeScalars
        var spans: [Span] = []
        var start = scalars.startIndex
        var startOffset = 0
        var offset = 0
        var closing = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            guard CharacterArray.standsAlone(value) else { return nil }
            let mark = scalarMark(value)
            if closing && mark == nil {
                appendScalars(scalars[start..<index], from: startOffset, to: offset, into: &spans)
                if spans.count >= limit { return spans }
                start = index
                startOffset = offset
                closing = false
            }
            if mark == .ender { closing = true }
            scalars.formIndex(after: &index)
            offset += 1
        }
        appendScalars(scalars[start...], from: startOffset, to: offset, into: &spans)
        return spans
    }

    // 。!?!? end a sentence; ”’」』)》) may close it. A switch: a set's hashing per scalar cost more.
    private static func scalarMark(_ value: UInt32) -> Mark? {
        switch value {
        case 0x3002, 0x21, 0x3F, 0xFF01, 0xFF1F: .ender
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x29, 0x300B, 0xFF09: .closer
        default: nil
        }
    }

    private static func appendScalars(_ sentence: Substring.UnicodeScalarView, from start: Int, to end: Int, into spans: inout [Span]) {
        let leading = sentence.prefix { $0.properties.isWhitespace }.count
        guard leading < end - start else { return }
        let trailing = sentence.reversed().prefix { $0.properties.isWhitespace }.count
        let text = sentence.dropFirst(leading).dropLast(trailing)
        spans.append(Span(text: String(Substring(text)), start: start + leading, end: end - trailing))
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
