import NIOCore

/// Tells when the other end of a connection has closed it: the server keeps half-closed connections
/// open, and an event stream with nothing to send would otherwise hold its socket in CLOSE-WAIT
/// until the next rebuild.
final class HangUpWatcher: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let hungUp: @Sendable () -> Void

    init(hungUp: @escaping @Sendable () -> Void) {
        self.hungUp = hungUp
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .inputClosed? = event as? ChannelEvent { hungUp() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        hungUp()
        context.fireChannelInactive()
    }

    /// Watches `channel`, calling `hungUp` (perhaps more than once) when the peer closes it.
    static func watch(_ channel: any Channel, hungUp: @escaping @Sendable () -> Void) async {
        do {
            try await channel.pipeline.addHandler(HangUpWatcher(hungUp: hungUp), position: .first).get()
        } catch {
            // The channel closed before the watcher was added: it has hung up already.
            hungUp()
        }
        if !channel.isActive { hungUp() }
    }
}
