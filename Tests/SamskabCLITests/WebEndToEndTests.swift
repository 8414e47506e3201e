import Foundation
import Testing

/// The real `samskab serve` on loopback: phones (curl, with a cookie jar) enter the room code,
/// find a name, post notes, and the notes are in `samskab status` and the export; a clean stop
/// removes web.json.
@Suite(.serialized, .tags(.slow))
struct WebEndToEndTests {
    static let definition = """
        title: Telefondag
        departments:
          - code: MBU
            name: Børn og Unge
        roster: folk.csv
        program:
          - kind: talk
            title: Velkomst
            minutes: 5
          - kind: discussion
            title: Drøftelse
            questions: [Hvad virker?]
            minutes: 30

        """

    /// A scratch folder with the day and its roster, and the session started from them.
    static func startSession() throws -> (folder: URL, session: String) {
        let folder = try BinaryRunner.scratchFolder()
        try definition.write(toFile: folder.path + "/dag.yaml", atomically: true, encoding: .utf8)
        try "navn;afdeling\nÅse Østergaard;MBU\n".write(toFile: folder.path + "/folk.csv", atomically: true, encoding: .utf8)
        let session = folder.path + "/session"
        #expect(try BinaryRunner.run(["start", folder.path + "/dag.yaml", "--session", session]).status == 0)
        return (folder, session)
    }

    /// The real `samskab serve` on loopback, any free port; its standard output to `output`.
    static func serve(_ session: String, output: Any) throws -> Process {
        let server = Process()
        server.executableURL = try BinaryRunner.binary
        server.arguments = ["serve", session, "--bind", "127.0.0.1", "--port", "0"]
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        return server
    }

    @Test func phonesPostNotesThatTheJournalKeeps() throws {
        let (folder, session) = try Self.startSession()
        #expect(try BinaryRunner.run(["phase", session, "2"]).status == 0)

        let out = Pipe()
        let server = try Self.serve(session, output: out)
        defer { if server.isRunning { server.terminate() } }

        // web.json appears once it listens: the address (loopback, as bound) and the code.
        var announcement: [String: Any]?
        for _ in 0..<300 where announcement == nil {
            if let data = FileManager.default.contents(atPath: session + "/web.json") {
                announcement = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            }
            if announcement == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        let url = try #require(announcement?["url"] as? String)
        let code = try #require(announcement?["code"] as? String)
        #expect(url.hasPrefix("http://127.0.0.1:"))
        #expect((announcement?["pid"] as? Int).map(Int32.init) == server.processIdentifier)

        // Two phones: Åse by name, and someone anonymous; curl keeps each one's cookie.
        let script = """
            set -e
            token() { sed -n 's/.*name="token" value="\\([0-9a-f]*\\)".*/\\1/p' | head -n 1; }
            phone() {
              jar="$1"; who="$2"; text="$3"
              t=$(curl -sf -c "$jar" -b "$jar" "\(url)" | token)
              curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "token=$t" --data-urlencode "code=\(code)" "\(url)code"
              t=$(curl -sf -c "$jar" -b "$jar" "\(url)?q=ase" | token)
              curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "token=$t" --data-urlencode "$who" "\(url)${4:-me}"
              t=$(curl -sf -c "$jar" -b "$jar" "\(url)" | token)
              curl -sf -o /dev/null -w '%{http_code}\\n' -c "$jar" -b "$jar" --data-urlencode "token=$t" --data-urlencode "text=$text" "\(url)notes"
              curl -sf -c "$jar" -b "$jar" "\(url)" | grep -c 'Gemt'
            }
            phone \(folder.path)/a.jar "person=r1" "Æblegrød på Ærø 🍎 — samskabelse"
            phone \(folder.path)/b.jar "anonymous=1" "Uden navn" me/anonymous
            curl -s -o /dev/null -w '%{http_code}\\n' --data-urlencode "code=000000" "\(url)code"
            """
        let phones = try BinaryRunner.shell(script)
        #expect(phones.status == 0, "\(phones.stderr)")
        #expect(phones.stdout.split(separator: "\n") == ["303", "1", "303", "1", "403"])

        let status = try BinaryRunner.run(["status", session, "--json"])
        #expect(status.stdout.contains(#""notes":2"#) || status.stdout.contains(#""notes": 2"#), "\(status.stdout)")
        let export = try BinaryRunner.run(["export", session, "--format", "json", "--output", folder.path + "/day.json"])
        #expect(export.status == 0)
        let day = try String(contentsOfFile: folder.path + "/day.json", encoding: .utf8)
        #expect(day.contains("Æblegrød på Ærø 🍎 — samskabelse"))
        #expect(day.contains("Uden navn"))
        #expect(day.contains("Åse Østergaard"))

        server.terminate()
        server.waitUntilExit()
        #expect(server.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: session + "/web.json"))
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed.contains(url))
        #expect(printed.contains(code))
    }

    /// Ctrl-C in the server's terminal (SIGINT) stops it as cleanly as SIGTERM: web.json goes.
    @Test func ctrlCRemovesTheAnnouncement() throws {
        let (_, session) = try Self.startSession()
        let server = try Self.serve(session, output: FileHandle.nullDevice)
        defer { if server.isRunning { server.terminate() } }
        var announced = false
        for _ in 0..<300 where !announced {
            announced = FileManager.default.fileExists(atPath: session + "/web.json")
            if !announced { Thread.sleep(forTimeInterval: 0.1) }
        }
        try #require(announced, "web.json appears once the server listens")
        server.interrupt()
        server.waitUntilExit()
        #expect(server.terminationReason == .exit && server.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: session + "/web.json"))
    }
}
