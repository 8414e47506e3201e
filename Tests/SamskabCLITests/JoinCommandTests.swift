import Foundation
import Testing

/// The phones' server as the wall and `status` see it: `web.json` written by hand here, as
/// `samskab serve` writes it; `render --view join` draws the card, and its QR code is read
/// back from the printed text by zbarimg.
@Suite struct JoinCommandTests {
    static let url = "http://192.168.1.20:8080/"

    static func announce(_ session: String, pid: Int32 = ProcessInfo.processInfo.processIdentifier) throws {
        try #"{"url": "\#(url)", "code": "4821", "pid": \#(pid)}"#.write(toFile: session + "/web.json", atomically: true, encoding: .utf8)
    }

    static func web(_ session: String) throws -> Any? {
        let status = try BinaryRunner.run(["status", session, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        return object["web"]
    }

    @Test func statusGivesTheServersAddressAndCodeWhileItRuns() throws {
        let session = try NotesWorkshop.start(in: try BinaryRunner.scratchFolder())
        #expect(try Self.web(session) is NSNull, "no server: null")
        #expect(try !BinaryRunner.run(["status", session]).stdout.contains("phones:"))
        try Self.announce(session)
        let web = try #require(try Self.web(session) as? [String: String])
        #expect(web == ["url": Self.url, "code": "4821"])
        #expect(try BinaryRunner.run(["status", session]).stdout.contains("phones: http://192.168.1.20:8080/ (room code 4821)\n"))
        // A server that ended without removing its file (killed) is no server.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        try Self.announce(session, pid: ended.processIdentifier)
        #expect(try Self.web(session) is NSNull)
    }

    @Test func renderDrawsTheJoinCardOrHowToStartAServer() throws {
        let session = try NotesWorkshop.start(in: try BinaryRunner.scratchFolder())
        let none = try BinaryRunner.run(["render", session, "--view", "join", "--width", "80", "--height", "24"])
        #expect(none.status == 0)
        #expect(none.stdout.contains("Ingen webserver kører for denne session"))
        #expect(none.stdout.contains("samskab run … --serve"))
        try Self.announce(session)
        let card = try BinaryRunner.run(["render", session, "--view", "join", "--width", "80", "--height", "24"]).stdout
        #expect(card.contains("Skriv med fra din telefon"))
        #expect(card.contains("192.168.1.20:8080"))
        #expect(card.contains("▀▀▀▀▀▀▀"), "a QR code in half blocks")
        // Every board carries the address at its foot.
        let board = try BinaryRunner.run(["render", session, "--width", "100", "--height", "30"]).stdout
        #expect(board.contains("Telefon: 192.168.1.20:8080 · kode 4821\n"))
    }

    @Test(.needs(.zbar), arguments: [(80, 24), (120, 40), (200, 60)])
    func theQRCodeOnTheWallReadsAsTheAddress(_ size: (Int, Int)) throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        try Self.announce(session)
        let card = try BinaryRunner.run(["render", session, "--view", "join", "--width", String(size.0), "--height", String(size.1)])
        // The text as printed, every block a dark module, everything else light (as the terminal
        // shows it: dark on light), each module 4 pixels square.
        let lines = card.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let width = lines.map(\.count).max() ?? 0
        var pbm = "P1\n\(width * 4) \(lines.count * 8)\n"
        for line in lines {
            for half in 0..<2 {
                let row = (0..<width).map { x -> String in
                    let cell = x < line.count ? line[x] : " "
                    let dark = cell == "█" || (half == 0 ? cell == "▀" : cell == "▄")
                    return String(repeating: dark ? "1 " : "0 ", count: 4)
                }.joined()
                for _ in 0..<4 { pbm += row + "\n" }
            }
        }
        let path = folder.appendingPathComponent("wall.pbm").path
        try pbm.write(toFile: path, atomically: true, encoding: .ascii)
        let read = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"), ["zbarimg", "--quiet", "--raw", path])
        #expect(read.stdout == Self.url + "\n")
    }
}
