import Hummingbird
import NIOCore

/// The request context of the preview server: the basic one, plus the connection, so that an event
/// stream can learn at once that its page went away.
public struct PreviewContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connection the request came on.
    public let channel: (any Channel)?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
