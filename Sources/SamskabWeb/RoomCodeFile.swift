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
              let kept = try? JSONDecoder().decode(Kept.self, from: Data(bytes)), RoomCode.isValid(kept.code) else { return nil }
        return kept.code
    }

    public static func write(_ code: String, in folder: String) throws(StorageError) {
        guard let data = try? JSONEncoder().encode(Kept(code: code)) else {
            throw StorageError(.io, "the room code cannot be encoded as JSON")
        }
        try AtomicFile.write(Array(data) + [0x0A], to: path(in: folder))
    }

    /// The file's one field.
    private struct Kept: Codable {
        var code: String
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
