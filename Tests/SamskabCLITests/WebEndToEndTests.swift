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

    /// The day started in `folder` (roster: Åse Østergaard), at its discussion: the session's path.
    static func discussion(in folder: URL) throws -> String {
        try definition.write(toFile: folder.path + "/dag.yaml", atomically: true, encoding: .utf8)
        try "navn;afdeling\nÅse Østergaard;MBU\n".write(toFile: folder.path + "/folk.csv", atomically: true, encoding: .utf8)
        let session = folder.path + "/session"
        #expect(try BinaryRunner.run(["start", folder.path + "/dag.yaml", "--session", session]).status == 0)
        #expect(try BinaryRunner.run(["phase", session, "2"]).status == 0)
        return session
    }

    @Test func phonesPostNotesThatTheJournalKeeps() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try Self.discussion(in: folder)
        let server = try ServedSession(session)
        defer { server.stop() }

        // web.json is there once it listens: the address (loopback, as bound) and the code.
        let url = server.url, code = server.code
        #expect(url.hasPrefix("http://127.0.0.1:"))
        #expect(server.announcedPID == server.process.processIdentifier)

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

        server.process.terminate()
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: session + "/web.json"))
        #expect(server.printed.contains(url))
        #expect(server.printed.contains(code))
    }

    /// A clean stop removes web.json, but the room code stays the session's (web-code.json, the
    /// owner's only): served again, the code on the wall still lets people in; --new-code changes it.
    @Test func theRoomCodeSurvivesARestartUntilANewOneIsAskedFor() throws {
        let session = try Self.discussion(in: try BinaryRunner.scratchFolder())
        let first = try ServedSession(session)
        first.stop()
        #expect(!FileManager.default.fileExists(atPath: session + "/web.json"))
        let kept = session + "/web-code.json"
        #expect((try FileManager.default.attributesOfItem(atPath: kept)[.posixPermissions] as? Int) == 0o600)

        let second = try ServedSession(session)
        #expect(second.code == first.code)
        #expect(second.printed.contains(first.code))
        second.stop()

        let renewed = try ServedSession(session, options: ["--new-code"])
        defer { renewed.stop() }
        #expect(renewed.code != first.code)
        #expect(try String(contentsOfFile: kept, encoding: .utf8).contains(renewed.code))
    }

    /// Ctrl-C in the server's terminal (SIGINT) stops it as cleanly as SIGTERM: web.json goes.
    @Test func ctrlCRemovesTheAnnouncement() throws {
        let session = try Self.discussion(in: try BinaryRunner.scratchFolder())
        let server = try ServedSession(session)
        defer { server.stop() }
        #expect(FileManager.default.fileExists(atPath: session + "/web.json"), "web.json is there once the server listens")
        server.process.interrupt()
        server.process.waitUntilExit()
        #expect(server.process.terminationReason == .exit && server.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: session + "/web.json"))
    }
}
