/// Stitches an article whose text jumps to a later spot on the page, where its headline is printed.
///
/// The first part has a byline and text but no headline, and its last paragraph breaks off; the later
/// part has a headline but no byline or dateline, and its text starts mid-sentence.
enum ContinuationStitcher {
    static func stitch(_ articles: [Article], file: String) -> (articles: [Article], diagnostics: [Diagnostic]) {
        var result = articles
        var diagnostics: [Diagnostic] = []
        var index = 0
        while index < result.count {
            let first = result[index]
            guard first.headline == nil, !first.byline.isEmpty, let broken = first.paragraphs.last,
                  case .paragraph? = first.blocks.last, PageLayout.breaksOff(broken.text),
                  let later = result.indices.dropFirst(index + 1).first(where: { isHeadedContinuation(result[$0]) })
            else {
                index += 1
                continue
            }
            let continuation = result.remove(at: later)
            result[index] = joined(first, continuation)
            let headline = continuation.headline ?? ""
            diagnostics.append(Diagnostic(file: file, line: continuation.source.firstLine,
                message: "“\(headline)” has no credit line; read as the headline of the article at line \(first.source.firstLine)"))
            if let rest = continuation.paragraphs.first {
                diagnostics.append(Diagnostic(file: file, line: rest.source.firstLine,
                    message: "joined to the paragraph that breaks off at line \(broken.source.lastLine), far above"))
            }
            index += 1
        }
        return (result, diagnostics)
    }

    // A headline with text under it that nothing credits or datelines, starting straight after the titles.
    static func isHeadedContinuation(_ article: Article) -> Bool {
        guard article.headline != nil, article.byline.isEmpty, article.dateline == nil,
              case .paragraph? = article.blocks.first else { return false }
        return true
    }

    static func joined(_ first: Article, _ continuation: Article) -> Article {
        var article = first
        article.kicker = continuation.kicker
        article.headline = continuation.headline
        article.subheadline = continuation.subheadline
        var blocks = continuation.blocks
        if case .paragraph(var broken)? = article.blocks.last, case .paragraph(let rest)? = blocks.first {
            article.repairs.append(Repair(first: broken.sources.last ?? broken.source, second: rest.source,
                                          joint: String(broken.text.suffix(6)) + String(rest.text.prefix(6))))
            broken.append(rest)
            article.blocks[article.blocks.count - 1] = .paragraph(broken)
            blocks.removeFirst()
        }
        article.blocks += blocks
        article.repairs += continuation.repairs
        article.sources += continuation.sources
        return article
    }
}
