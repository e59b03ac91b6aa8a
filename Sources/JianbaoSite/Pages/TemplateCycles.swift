/// Finds a template that includes itself through partials and parents: Jianbao's views hold no
/// recursive data, so such a template would render until the stack overflows.
enum TemplateCycles {
    /// Throws at the first reference that closes a cycle, naming the chain of templates and lines.
    static func check(_ sources: [TemplateSource], scans: [String: TemplateScan]) throws(SiteError) {
        let files = Dictionary(sources.map { ($0.name, $0.file) }, uniquingKeysWith: { first, _ in first })
        var done: Set<String> = []
        // Depth-first from each template, with the path of (template, reference) pairs that led here.
        for root in sources.map(\.name).sorted() where !done.contains(root) {
            var path: [(name: String, tag: TemplateScan.Tag?)] = [(root, nil)]
            var onPath: Set<String> = [root]
            var pending: [[TemplateScan.Tag]] = [scans[root]?.references ?? []]
            while let last = pending.indices.last {
                guard let tag = pending[last].first else {
                    pending.removeLast()
                    let finished = path.removeLast()
                    onPath.remove(finished.name)
                    done.insert(finished.name)
                    continue
                }
                pending[last].removeFirst()
                let from = path[last].name
                if onPath.contains(tag.name) {
                    let start = path.firstIndex { $0.name == tag.name } ?? 0
                    let steps = path[start...].map(\.name) + [tag.name]
                    throw SiteError(file: files[from] ?? from, line: tag.line, reason: "templates include themselves: "
                        + steps.joined(separator: " → ") + ", which never ends; remove the {{> \(tag.name)}} or {{< \(tag.name)}} here")
                }
                guard !done.contains(tag.name) else { continue }
                path.append((tag.name, tag))
                onPath.insert(tag.name)
                pending.append(scans[tag.name]?.references ?? [])
            }
        }
    }
}
