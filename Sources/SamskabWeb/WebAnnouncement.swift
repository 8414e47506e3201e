#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SamskabFiles

/// `DIR/web.json` while `samskab serve DIR` runs: where phones go and the room code, and which
/// process serves them — `{"code":"482193","pid":12345,"url":"http://192.168.1.20:8080/"}`.
/// Written atomically through the files layer (aside, synced, renamed into place), removed on a
/// clean exit; a reader checks that the process still lives (`isAlive`), since a crash leaves it.
public struct WebAnnouncement: Sendable, Equatable, Codable {
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(self)
        } catch {
            throw StorageError(.io, "the announcement cannot be encoded as JSON (\(error))")
        }
        try AtomicFile.write(Array(data) + [0x0A], to: Self.path(in: folder))
    }

    /// The file as it stands, if it is one (at most 4 KB, the three fields of the right types).
    public static func read(in folder: String) -> WebAnnouncement? {
        let descriptor = open(path(in: folder), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard case .success(let bytes) = FileBytes.read(descriptor: descriptor, limit: 4096),
              let announcement = try? JSONDecoder().decode(WebAnnouncement.self, from: Data(bytes)),
              announcement.pid > 0 else { return nil }
        return announcement
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
