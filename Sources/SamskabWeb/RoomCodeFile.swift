#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SamskabFiles

/// `DIR/web-code.json`: the session's room code, kept across restarts of `samskab serve` so that
/// the code on the wall or on a printed join card stays good — `{"code":"482193"}`. Written
/// atomically (aside, synced, renamed; readable by the owner only) when a server chooses a code;
/// read leniently: a file that is absent, larger than `sizeLimit`, not one, or whose code is not
/// a room code (`RoomCode.isValid`) is no code, and the server makes a new one. `serve --new-code`
/// makes a new one deliberately (a code that leaked).
public enum RoomCodeFile {
    public static let fileName = "web-code.json"
    static let sizeLimit = 1024

    public static func path(in folder: String) -> String { folder + "/" + fileName }

    /// The code kept in the folder, if there is a valid one.
    public static func read(in folder: String) -> String? {
        // Never through a link, never waiting on a FIFO.
        let descriptor = open(path(in: folder), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard case .success(let bytes) = FileBytes.read(descriptor: descriptor, limit: sizeLimit),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let code = object["code"] as? String, RoomCode.isValid(code) else { return nil }
        return code
    }

    public static func write(_ code: String, in folder: String) throws(StorageError) {
        try AtomicFile.write(Array("{\"code\":\"\(code)\"}\n".utf8), to: path(in: folder))
    }

    /// The code a server of this session uses: the kept one; else the one a server that died
    /// before keeping it announced (`web.json`); else, or when `renew` asks, a new one.
    static func choose(in folder: String, announced: WebAnnouncement?, renew: Bool) -> String {
        if renew { return RoomCode.make() }
        if let kept = read(in: folder) { return kept }
        if let code = announced?.code, RoomCode.isValid(code) { return code }
        return RoomCode.make()
    }
}
