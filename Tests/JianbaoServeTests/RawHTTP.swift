import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection for tests that must see bytes as they arrive (Server-Sent Events).
final class RawHTTP {
    let socket: Int32
    private var buffer: [UInt8] = []

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socket) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
    }

    /// Reads until `marker` has arrived (or the timeout), returning everything read so far.
    func read(until marker: String) -> String {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !String(decoding: buffer, as: UTF8.self).contains(marker) {
            let count = recv(socket, &chunk, chunk.count, 0)
            guard count > 0 else { break }
            buffer += chunk[..<count]
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// One GET over a fresh connection, the whole response as text.
    static func get(_ path: String, port: Int) throws -> String {
        let connection = try RawHTTP(port: port)
        connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return connection.read(until: "</html>")
    }
}
