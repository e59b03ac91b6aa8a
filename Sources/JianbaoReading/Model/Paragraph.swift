/// One paragraph of article text with the lines each part of it came from.
public struct Paragraph: Sendable, Hashable {
    /// A run of the paragraph's text and the report line it was read from.
    public struct Piece: Sendable, Hashable {
        /// Length in characters.
        public var length: Int
        public var line: Int

        public init(length: Int, line: Int) {
            self.length = length
            self.line = line
        }
    }

    public var text: String
    public var file: String
    /// The text's runs in order; a repaired paragraph has runs from two places in the file.
    public var pieces: [Piece]

    public init(text: String, file: String, pieces: [Piece]) {
        self.text = text
        self.file = file
        self.pieces = pieces
    }

    /// A paragraph read from one run of lines, for tests and callers without line detail.
    public init(text: String, source: SourceRange) {
        self.init(text: text, file: source.file, pieces: [Piece(length: text.count, line: source.firstLine)])
        if source.lastLine > source.firstLine { pieces.append(Piece(length: 0, line: source.lastLine)) }
    }

    /// Whether the paragraph is a list, one item per line.
    public var isList: Bool { text.contains("\n") }

    /// A list item's text without its marker.
    public static func itemText(_ line: String) -> String {
        guard let marker = TextBlock.listMarkers.first(where: { line.hasPrefix($0) }) else { return line }
        return String(line.dropFirst(marker.count)).trimmingWhitespace()
    }

    /// From the first line the paragraph was read from to the last.
    public var source: SourceRange {
        let lines = pieces.map(\.line)
        return SourceRange(file: file, firstLine: lines.min() ?? 1, lastLine: lines.max() ?? 1)
    }

    /// The places the paragraph came from: one range, or several when a repair brought in text from elsewhere.
    public var sources: [SourceRange] { Self.ranges(of: pieces, file: file) }

    /// Appends a continuation, keeping where each part came from.
    public mutating func append(_ other: Paragraph) {
        text += other.text
        pieces += other.pieces
    }

    /// Removes the last `count` characters, such as a credit printed at the end of the text.
    public mutating func removeLast(_ count: Int) {
        text = String(text.dropLast(count))
        var excess = count
        while excess > 0, var last = pieces.popLast() {
            let cut = min(excess, last.length)
            last.length -= cut
            excess -= cut
            if last.length > 0 { pieces.append(last) }
        }
        if text.last?.isWhitespace == true {
            let trimmed = text.trimmingWhitespace()
            removeLast(text.count - trimmed.count)
        }
    }

    /// The line the character at `offset` was read from.
    public func line(atOffset offset: Int) -> Int {
        var end = 0
        for piece in pieces {
            end += piece.length
            if offset < end { return piece.line }
        }
        return pieces.last?.line ?? 1
    }

    /// The paragraph's sentences by the fixtures' rule, each with the lines it came from.
    public var sentences: [Sentence] {
        SentenceSplitter.ranges(in: text).map(sentence)
    }

    /// The sentence at `span` of the paragraph's text, with the lines it came from.
    public func sentence(_ span: SentenceSplitter.Span) -> Sentence {
        var offset = 0
        var covered: [Piece] = []
        for piece in pieces {
            let end = offset + piece.length
            if end > span.start && offset < span.end || (piece.length == 0 && offset > span.start && offset <= span.end) {
                covered.append(piece)
            }
            offset = end
        }
        return Sentence(text: span.text, sources: Self.ranges(of: covered, file: file))
    }

    // Pieces on nearby lines (the same block, or either side of one blank line) form one range.
    static func ranges(of pieces: [Piece], file: String) -> [SourceRange] {
        var ranges: [SourceRange] = []
        for piece in pieces {
            if let last = ranges.last, piece.line >= last.firstLine, piece.line <= last.lastLine + 2 {
                ranges[ranges.count - 1].lastLine = max(last.lastLine, piece.line)
            } else {
                ranges.append(SourceRange(file: file, firstLine: piece.line, lastLine: piece.line))
            }
        }
        return ranges
    }
}
