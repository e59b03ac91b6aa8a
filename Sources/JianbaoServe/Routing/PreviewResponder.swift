import Foundation
import Hummingbird
import NIOCore
import JianbaoSite

/// Answers every request of the preview server: the built site, the live-reload endpoints, and refusals.
public struct PreviewResponder: HTTPResponder {
    public typealias Context = PreviewContext

    public let folder: SiteFolder
    /// Set while serving with live reload; nil serves the site exactly as built.
    public let hub: ReloadHub?

    public init(folder: SiteFolder, hub: ReloadHub?) {
        self.folder = folder
        self.hub = hub
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "only GET and HEAD\n", extra: [.allow: "GET, HEAD"])
        }
        let target = request.head.path ?? "/"
        if let hub {
            if target == LiveScript.eventsPath { return await events(from: hub, channel: context.channel) }
            if target == LiveScript.path {
                return Self.bytes(Array(LiveScript.source.utf8), type: ContentType.of("live.js"), request: request)
            }
        }
        switch RequestPath.components(of: target) {
        case .failure(.badRequest(let reason)):
            return Self.text(.badRequest, "bad request: \(reason)\n")
        case .failure(.notFound):
            return notFound(request)
        case .success(let components):
            let trailingSlash = target.split(separator: "?", maxSplits: 1).first?.hasSuffix("/") ?? false
            switch folder.lookup(components, trailingSlash: trailingSlash) {
            case .file(let path, let bytes):
                return Self.bytes(page(bytes, path: path), type: ContentType.of(path), request: request)
            case .redirect(let location):
                return Response(status: .movedPermanently, headers: [.location: location, .contentLength: "0"])
            case .notFound:
                return notFound(request)
            }
        }
    }

    // Pages get the live-reload script while serving; the files on disk never do.
    private func page(_ bytes: [UInt8], path: String) -> [UInt8] {
        hub != nil && path.hasSuffix(".html") ? LiveScript.inject(into: bytes) : bytes
    }

    private func notFound(_ request: Request) -> Response {
        guard case .file(let path, let bytes) = folder.lookup(["404.html"], trailingSlash: false) else {
            return Self.text(.notFound, "not found\n")
        }
        return Self.bytes(page(bytes, path: path), type: ContentType.of(path), request: request, status: .notFound)
    }

    private func events(from hub: ReloadHub, channel: (any Channel)?) async -> Response {
        let (id, stream) = await hub.subscribe()
        if let channel { await HangUpWatcher.watch(channel) { Task { await hub.unsubscribe(id) } } }
        let body = ResponseBody { writer in
            for await message in stream {
                try await writer.write(ByteBuffer(string: message))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"], body: body)
    }

    /// A file's bytes with its type and a strong ETag; a matching If-None-Match gets 304 and no body.
    static func bytes(_ bytes: [UInt8], type: String, request: Request, status: HTTPResponse.Status = .ok) -> Response {
        let etag = "\"" + String(ContentHash.of(bytes), radix: 16) + "\""
        var headers: HTTPFields = [.contentType: type, .eTag: etag, .cacheControl: "no-cache"]
        if status == .ok, let match = request.headers[.ifNoneMatch], match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag || $0.trimmingCharacters(in: .whitespaces) == "*" }) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(bytes.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ status: HTTPResponse.Status, _ message: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .contentLength: String(message.utf8.count)]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }
}
