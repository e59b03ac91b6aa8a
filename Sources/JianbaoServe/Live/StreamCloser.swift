import ServiceLifecycle

/// Ends the open event streams as soon as shutdown begins: the server waits for every response to
/// finish, and an event stream otherwise never does.
struct StreamCloser: Service {
    let hub: ReloadHub

    func run() async throws {
        try? await gracefulShutdown()
        await hub.finish()
    }
}
