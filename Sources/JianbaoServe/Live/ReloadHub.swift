/// Tells every open page what happened to the last rebuild, over Server-Sent Events.
public actor ReloadHub {
    public enum Event: Sendable, Equatable {
        /// A rebuild succeeded: reload the page.
        case reload
        /// Only stylesheets changed: swap them without reloading.
        case stylesheet
        /// A rebuild failed: show its diagnostics; the last good site is still served.
        case failed([String])

        /// The event as an SSE message.
        var message: String {
            switch self {
            case .reload: "event: reload\ndata: ok\n\n"
            case .stylesheet: "event: css\ndata: ok\n\n"
            // A field ends at any line break, so each line of a diagnostic (a file name may hold one) is a field of its own.
            case .failed(let lines): "event: failed\n" + lines.flatMap(Self.dataLines).map { "data: \($0)\n" }.joined() + "\n"
            }
        }

        private static func dataLines(_ text: String) -> [String] {
            text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.map(String.init)
        }
    }

    private var subscribers: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextID = 0
    private var finished = false
    /// The diagnostics of the build that failed last, until one succeeds; pages that open meanwhile show them.
    public private(set) var failure: [String]?

    public init() {}

    /// A stream of SSE messages, starting with the current failure if there is one, and its id for `unsubscribe`.
    public func subscribe() -> (id: Int, stream: AsyncStream<String>) {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.yield(": connected\n\n")
        if let failure { continuation.yield(Event.failed(failure).message) }
        // A page that connects while the server stops must not hold the shutdown open.
        if finished { continuation.finish() }
        continuation.onTermination = { [weak self] _ in Task { await self?.remove(id) } }
        return (id, stream)
    }

    /// Ends the stream `id`, whose page has gone away.
    public func unsubscribe(_ id: Int) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    public func publish(_ event: Event) {
        if case .failed(let lines) = event { failure = lines } else { failure = nil }
        for continuation in subscribers.values { continuation.yield(event.message) }
    }

    /// Ends every stream, so that open connections close at shutdown.
    public func finish() {
        finished = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }

    public var subscriberCount: Int { subscribers.count }

    private func remove(_ id: Int) {
        subscribers[id] = nil
    }
}
