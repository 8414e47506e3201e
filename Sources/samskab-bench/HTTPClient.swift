#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A minimal HTTP/1.1 client on one keep-alive loopback connection, for the web benchmark: a
/// request, then the status, the headers it needs (Set-Cookie) and a Content-Length body.
final class LoopbackHTTP {
    let port: UInt16
    private var socketFD: Int32 = -1
    var cookie: String?

    init(port: UInt16) {
        self.port = port
    }

    deinit { if socketFD >= 0 { close(socketFD) } }

    struct Answer {
        var status: Int
        var body: String
    }

    func get(_ path: String) -> Answer? { send("GET", path, body: nil) }

    func post(_ path: String, _ fields: [(String, String)]) -> Answer? {
        send("POST", path, body: fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&"))
    }

    /// Opens a connection and asks for the live-update stream, reading nothing: a phone holding it.
    static func holdStream(port: UInt16, cookie: String?) -> Int32? {
        guard let fd = connectLoopback(port) else { return nil }
        let request = "GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (cookie.map { "Cookie: \($0)\r\n" } ?? "") + "\r\n"
        guard writeAll(fd, Array(request.utf8)) else { close(fd); return nil }
        return fd
    }

    private func send(_ method: String, _ path: String, body: String?) -> Answer? {
        for _ in 0..<2 {
            if socketFD < 0 { socketFD = Self.connectLoopback(port) ?? -1 }
            guard socketFD >= 0 else { return nil }
            var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            if let cookie { request += "Cookie: \(cookie)\r\n" }
            if let body {
                request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n"
            }
            request += "\r\n" + (body ?? "")
            if Self.writeAll(socketFD, Array(request.utf8)), let answer = readAnswer() { return answer }
            // The server closed an idle connection: once more on a new one.
            close(socketFD)
            socketFD = -1
        }
        return nil
    }

    private func readAnswer() -> Answer? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        var headerEnd: Int?
        while headerEnd == nil {
            let count = read(socketFD, &chunk, chunk.count)
            guard count > 0 else { return nil }
            buffer += chunk[0..<count]
            headerEnd = Self.find([13, 10, 13, 10], in: buffer)
            if buffer.count > 65_536 { return nil }
        }
        guard let end = headerEnd else { return nil }
        let head = String(decoding: buffer[0..<end], as: UTF8.self)
        let lines = head.split(separator: "\r\n")
        guard let statusLine = lines.first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { return nil }
        var length = 0
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].lowercased(), value = parts[1].trimmingCharacters(in: .whitespaces)
            if name == "content-length" { length = Int(value) ?? 0 }
            if name == "set-cookie", let pair = value.split(separator: ";").first { cookie = String(pair) }
        }
        var body = Array(buffer[(end + 4)...])
        while body.count < length {
            let count = read(socketFD, &chunk, min(chunk.count, length - body.count))
            guard count > 0 else { return nil }
            body += chunk[0..<count]
        }
        return Answer(status: status, body: String(decoding: body, as: UTF8.self))
    }

    static func connectLoopback(_ port: UInt16) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); return nil }
        return fd
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<(index + needle.count)]) == needle { return index }
        }
        return nil
    }

    /// The form token on a page.
    static func token(in page: String) -> String? {
        guard let range = page.range(of: #"name="token" value=""#) else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
