#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SamskabFiles

/// `DIR/web.json` while `samskab serve DIR` runs: where phones go and the room code, and which
/// process serves them — `{"url": "http://192.168.1.20:8080/", "code": "482193", "pid": 12345}`.
/// Written atomically through the files layer (aside, synced, renamed into place), removed on a
/// clean exit; a reader checks that the process still lives (`isAlive`), since a crash leaves it.
public struct WebAnnouncement: Sendable, Equatable {
    public static let fileName = "web.json"
    public var url: String
    public var code: String
    public var pid: Int32

    public init(url: String, code: String, pid: Int32) {
        self.url = url
        self.code = code
        self.pid = pid
    }

    public static func path(in folder: String) -> String { folder + "/" + fileName }

    public func write(in folder: String) throws(StorageError) {
        let text = "{\"url\": \(Self.quoted(url)), \"code\": \(Self.quoted(code)), \"pid\": \(pid)}\n"
        try AtomicFile.write(Array(text.utf8), to: Self.path(in: folder))
    }

    /// The file as it stands, if it is one (at most 4 KB, the three fields of the right types).
    public static func read(in folder: String) -> WebAnnouncement? {
        let descriptor = open(path(in: folder), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard case .success(let bytes) = FileBytes.read(descriptor: descriptor, limit: 4096),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let url = object["url"] as? String, let code = object["code"] as? String,
              let pid = object["pid"] as? Int, let pid32 = Int32(exactly: pid), pid32 > 0 else { return nil }
        return WebAnnouncement(url: url, code: code, pid: pid32)
    }

    /// Whether the process that wrote it still runs.
    public var isAlive: Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes the file if this process wrote it (another server's stays).
    public static func remove(in folder: String, pid: Int32 = getpid()) {
        guard let current = read(in: folder), current.pid == pid else { return }
        unlink(path(in: folder))
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// The room code: six random digits. Not the kiosk's `kiosk_pin`, which is the facilitator's
/// secret for leaving a kiosk and must not go up on the wall.
public enum RoomCode {
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%06d", Int.random(in: 0...999_999, using: &generator))
    }

    /// 4–6 digits.
    public static func isValid(_ code: String) -> Bool {
        (4...6).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
