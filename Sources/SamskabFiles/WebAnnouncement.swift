#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `DIR/web.json` while `samskab serve DIR` runs: where phones go, the room code, and which
/// process serves them — `{"code":"482193","pid":12345,"url":"http://192.168.1.20:8080/"}`.
/// The server (SamskabWeb) writes it atomically once it listens and removes it on a clean exit
/// (SIGTERM, Ctrl-C); the wall, `status`, `render --view join` and `run --serve` read it with
/// `running(in:)`, which checks that the process still lives, since a crash leaves the file.
public struct WebAnnouncement: Sendable, Equatable, Codable {
    /// The address people type on their phones.
    public var url: String
    /// The room code that gates the page.
    public var code: String
    /// The server's process.
    public var pid: Int32

    public static let fileName = "web.json"
    /// The file is a line of JSON; anything larger is not one.
    static let sizeLimit = 4096
    /// An address longer than this is not one a room types (nor one a QR code on the wall holds).
    public static let urlLimit = 200
    public static let codeLimit = 16

    public init(url: String, code: String, pid: Int32) {
        self.url = url
        self.code = code
        self.pid = pid
    }

    public static func path(in folder: String) -> String { folder + "/" + fileName }

    /// Written by the server once it listens: aside, synced, renamed into place.
    public func write(in folder: String) throws(StorageError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else {
            throw StorageError(.io, "\(Self.path(in: folder)): cannot be written as JSON")
        }
        try AtomicFile.write(Array(data) + Array("\n".utf8), to: Self.path(in: folder))
    }

    /// The file as it stands, whatever its process (a regular file of at most 4 KiB, not through
    /// a symbolic link, never waiting on a FIFO; the three fields of the right types).
    public static func read(in folder: String) -> WebAnnouncement? {
        guard case .success(let bytes) = PlainFile.read(path(in: folder), limit: sizeLimit, followLinks: false) else { return nil }
        return try? JSONDecoder().decode(WebAnnouncement.self, from: Data(bytes))
    }

    /// The server announced in the session folder, if its file is there, well formed, and its
    /// process is alive; nil otherwise (no server, a stale file after a crash, a damaged or
    /// hostile file: nothing of it reaches a screen).
    public static func running(in folder: String) -> WebAnnouncement? {
        guard let announcement = read(in: folder), announcement.isPlausible, announcement.isAlive else { return nil }
        return announcement
    }

    /// An http(s) address and a room code of printable ASCII without spaces, within their
    /// limits; a process id that can be one (not 0 or 1, never a process group).
    var isPlausible: Bool {
        let printable = { (text: String) in text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F } }
        return (url.hasPrefix("http://") || url.hasPrefix("https://")) && url.utf8.count <= Self.urlLimit && printable(url)
            && !code.isEmpty && code.utf8.count <= Self.codeLimit && printable(code)
            && pid > 1
    }

    /// Whether the process that wrote it still runs (or runs as another user): kill(pid, 0)
    /// sends nothing.
    public var isAlive: Bool {
        pid > 1 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Removes the file if this process wrote it (another server's stays).
    public static func remove(in folder: String, pid: Int32 = getpid()) {
        guard let current = read(in: folder), current.pid == pid else { return }
        unlink(path(in: folder))
    }
}
