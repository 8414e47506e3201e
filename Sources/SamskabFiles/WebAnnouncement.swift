#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What `samskab serve DIR` announces while it runs: `DIR/web.json`, written atomically when the
/// server is up and removed on a clean exit, `{"url": "http://192.168.1.20:8080/", "code": "4821",
/// "pid": 12345}`. The wall, `status` and `render --view join` only read it.
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

    /// The server announced in the session folder at `folder`, if its file is there, well formed,
    /// and its process is alive; nil otherwise (no server, a stale file after a crash, a damaged
    /// or hostile file: nothing of it reaches a screen).
    public static func read(inFolder folder: String) -> WebAnnouncement? {
        guard let announcement = parse(folder + "/" + fileName), announcement.isPlausible else { return nil }
        return isAlive(announcement.pid) ? announcement : nil
    }

    /// The file's contents, without looking at the process (a regular file of at most 4 KiB, not
    /// through a symbolic link, never waiting on a FIFO).
    static func parse(_ path: String) -> WebAnnouncement? {
        guard case .success(let bytes) = PlainFile.read(path, limit: sizeLimit, followLinks: false) else { return nil }
        return try? JSONDecoder().decode(WebAnnouncement.self, from: Data(bytes))
    }

    /// An http(s) address and a room code of printable ASCII without spaces, within their
    /// limits; a process id that can be one (not 0 or 1, never a process group).
    var isPlausible: Bool {
        let printable = { (text: String) in text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F } }
        return (url.hasPrefix("http://") || url.hasPrefix("https://")) && url.utf8.count <= Self.urlLimit && printable(url)
            && !code.isEmpty && code.utf8.count <= Self.codeLimit && printable(code)
            && pid > 1
    }

    /// Whether the process runs (or runs as another user): kill(pid, 0) sends nothing.
    static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 1 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

}
