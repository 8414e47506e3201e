import Foundation
import Testing

/// `samskab run … --serve`: the phones' server as a child of the projector. A stand-in
/// (SAMSKAB_SERVE_PROGRAM, run by the spawned `samskab serve` after it has asked to die with the
/// projector) announces itself in web.json as the server does, at a fixed address and without
/// binding a port (WebEndToEndTests runs the real `samskab serve`).
@Suite(.serialized, .tags(.slow))
struct ServeEndToEndTests {
    static let environment = ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"]

    /// A stand-in server: web.json with its own pid, removed on SIGTERM; or, given `fail`, an exit.
    static func standIn(in folder: URL, failing: Bool = false) throws -> String {
        let path = folder.appendingPathComponent("stand-in.sh").path
        let script = failing ? "#!/bin/bash\necho \"stand-in cannot bind\" >&2\nexit 3\n" : """
            #!/bin/bash
            dir="$2"
            echo "stand-in $1 $dir (pid $$)"
            trap 'rm -f "$dir/web.json"; echo "stand-in stopped"; exit 0' TERM
            printf '{"url": "http://192.168.1.20:8080/", "code": "4821", "pid": %d}\\n' $$ > "$dir/web.json.tmp"
            mv "$dir/web.json.tmp" "$dir/web.json"
            while :; do sleep 0.1; done

            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    static func serverPID(_ session: String) throws -> Int32 {
        let text = try String(contentsOfFile: session + "/web.json", encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["pid"] as? Int32)
    }

    static func waitUntilGone(_ pid: Int32, timeout: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
            usleep(50_000)
        }
        return false
    }

    /// `samskab run session --serve` in tmux (100×30), the stand-in as its server.
    static func projectorWithStandIn(in folder: URL, failing: Bool = false) throws -> Tmux {
        let standIn = try standIn(in: folder, failing: failing)
        let tmux = try Tmux(width: 100, height: 30, directory: folder,
                            environment: environment.merging(["SAMSKAB_SERVE_PROGRAM": standIn]) { $1 })
        try tmux.run("\(try BinaryRunner.binary.path) run session --serve")
        return tmux
    }

    @Test(.needs(.tmux, .procps)) func theServerStartsBesideTheWallAndStopsWithIt() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let tmux = try Self.projectorWithStandIn(in: folder)
        // At the day's start the card opens by itself once the server is up.
        try tmux.waitFor("Skriv med fra din telefon")
        try tmux.waitFor("Telefon: 192.168.1.20:8080 · kode 4821")
        let pid = try Self.serverPID(session)
        let log = try String(contentsOfFile: session + "/serve.log", encoding: .utf8)
        #expect(log.contains("stand-in serve session (pid \(pid))"), "its output in serve.log")
        #expect(try BinaryRunner.run(["status", session]).stdout.contains("phones: http://192.168.1.20:8080/ (room code 4821)"))
        // J closes the card; the address stays at the foot of the board.
        try tmux.type("J")
        try tmux.waitUntil("the board") { !$0.contains("Skriv med fra din telefon") && $0.contains("Telefon: 192.168.1.20:8080") }
        try tmux.type("q")
        try tmux.waitFor("Afslut samskab? (j/n)")
        try tmux.type("j")
        try tmux.waitFor("EXIT=0")
        #expect(Self.waitUntilGone(pid), "the server is stopped when the projector quits")
        #expect(!FileManager.default.fileExists(atPath: session + "/web.json"), "and it removed its web.json")
        #expect(try String(contentsOfFile: session + "/serve.log", encoding: .utf8).contains("stand-in stopped"))
    }

    @Test(.needs(.tmux, .procps)) func aKilledProjectorTakesTheServerWithIt() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let tmux = try Self.projectorWithStandIn(in: folder)
        try tmux.waitFor("Telefon: 192.168.1.20:8080 · kode 4821")
        let pid = try Self.serverPID(session)
        let projector = try tmux.childProcesses()
        #expect(!projector.isEmpty && !projector.contains(pid), "the server is no child of the shell")
        _ = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"), ["kill", "-9"] + projector.map(String.init))
        try tmux.waitFor("EXIT=137")
        #expect(Self.waitUntilGone(pid), "PR_SET_PDEATHSIG ends the server with the projector")
    }

    @Test(.needs(.tmux)) func aServerAlreadyRunningIsNotStartedTwice() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let pid = ProcessInfo.processInfo.processIdentifier
        try #"{"url": "http://192.168.1.20:8080/", "code": "4821", "pid": \#(pid)}"#
            .write(toFile: session + "/web.json", atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 120, height: 30, directory: folder,
                            environment: Self.environment.merging(["SAMSKAB_SERVE_PROGRAM": try Self.standIn(in: folder)]) { $1 })
        try tmux.run("\(try BinaryRunner.binary.path) run session --serve")
        try tmux.waitFor("En webserver kører allerede for sessionen (pid \(pid))")
        try tmux.waitFor("Telefon: 192.168.1.20:8080 · kode 4821")
        #expect(!FileManager.default.fileExists(atPath: session + "/serve.log"), "nothing was started")
        try tmux.type("q")
        try tmux.waitFor("Afslut samskab? (j/n)")
        try tmux.type("j")
        try tmux.waitFor("EXIT=0")
    }

    @Test(.needs(.tmux)) func aServerThatFailsLeavesTheWallUpAndSaysSo() throws {
        let folder = try BinaryRunner.scratchFolder()
        _ = try NotesWorkshop.start(in: folder)
        let tmux = try Self.projectorWithStandIn(in: folder, failing: true)
        try tmux.waitFor("Webserveren stoppede (slutkode 3); se session/serve.log")
        // The wall goes on: the card says how to start a server, the program moves.
        try tmux.type("J")
        try tmux.waitFor("Ingen webserver kører for denne session")
        try tmux.press("Escape")
        try tmux.type("n")
        try tmux.waitFor("Punkt 2 af 3")
        let log = try String(contentsOfFile: folder.appendingPathComponent("session/serve.log").path, encoding: .utf8)
        #expect(log.contains("stand-in cannot bind"))
        try tmux.type("q")
        try tmux.waitFor("Afslut samskab? (j/n)")
        try tmux.type("j")
        try tmux.waitFor("EXIT=0")
    }
}
