#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The address people should type: the laptop's address on the local network (getifaddrs), not
/// 127.0.0.1 — unless the server is bound to one address, which is then the one.
public enum LANAddress {
    /// The host part of the page's address for a server bound to `bind`.
    public static func host(bound bind: String) -> String {
        if bind != "0.0.0.0" && bind != "::" && !bind.isEmpty {
            return bind.contains(":") ? "[\(bind)]" : bind
        }
        return candidates().first ?? "127.0.0.1"
    }

    /// Up, non-loopback IPv4 addresses, private ranges (192.168/16, 10/8, 172.16/12) first.
    public static func candidates() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0, let start = first else { return [] }
        defer { freeifaddrs(first) }
        var found: [(rank: Int, address: String)] = []
        var cursor: UnsafeMutablePointer<ifaddrs>? = start
        var seen = 0
        while let entry = cursor, seen < 256 {
            seen += 1
            cursor = entry.pointee.ifa_next
            let flags = Int32(bitPattern: entry.pointee.ifa_flags)
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
                  flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0 else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count),
                              nil, 0, NI_NUMERICHOST) == 0 else { continue }
            let text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            found.append((rank(text), text))
        }
        return found.sorted { $0.rank < $1.rank }.map(\.address)
    }

    static func rank(_ address: String) -> Int {
        let parts = address.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 4 else { return 9 }
        if parts[0] == 192 && parts[1] == 168 { return 0 }
        if parts[0] == 10 { return 1 }
        if parts[0] == 172 && (16...31).contains(parts[1]) { return 2 }
        if parts[0] == 169 && parts[1] == 254 { return 8 }
        return 5
    }
}
