/// A name a tag looks up, split once when the template is parsed: `.`, `a`, `a.b`, `.a`.
struct TemplateName: Sendable, Hashable {
    /// The parts after the first dot-separated one is found; empty for `.`.
    let parts: [String]
    /// `.` or `.a`: the current value, not the stack.
    let isCurrent: Bool
    let text: String

    init(_ text: String) {
        self.text = text
        if text == "." {
            parts = []
            isCurrent = true
        } else if text.hasPrefix(".") {
            parts = text.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            isCurrent = true
        } else {
            parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            isCurrent = false
        }
    }
}
