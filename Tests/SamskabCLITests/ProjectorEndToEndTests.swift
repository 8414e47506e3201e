import Foundation
import Testing

/// The projector in a real terminal (tmux): keys, live notes from another process,
/// resizing, and the terminal given back on every way out.
@Suite(.serialized, .tags(.slow), .needs(.tmux))
struct ProjectorEndToEndTests {
    static let workshop = BinaryRunner.packageRoot.appendingPathComponent("Workshops/ledelse-af-samskabelse-2019-08-30.yaml").path

    static func setUp(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws -> (Tmux, URL, String) {
        let folder = try BinaryRunner.scratchFolder()
        let tmux = try Tmux(width: width, height: height, directory: folder,
                            environment: ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"].merging(environment) { $1 })
        return (tmux, folder, try BinaryRunner.binary.path)
    }

    @Test func runTheDayWithKeysAndLiveNotes() throws {
        let (tmux, folder, binary) = try Self.setUp()
        let session = folder.appendingPathComponent("dag").path
        try tmux.run("\(binary) run \(Self.workshop) --session \(session)")
        try tmux.waitFor("Velkomst: Retning og forventninger")
        #expect(try tmux.alternateScreen())
        try tmux.type("n")
        try tmux.waitFor("Punkt 2 af 14")
        try tmux.type("n")
        try tmux.waitFor("Gruppedrøftelse: Grænsekrydsende samarbejde og ledelse")
        // A discussion with tables opens on its table plan; Esc shows the board.
        try tmux.waitFor("BORDPLAN")
        try tmux.press("Escape")

        // A note from another terminal appears without a key press.
        let added = try BinaryRunner.run(["note", "add", session, "Æblegrød på Ærø 🍎 — samskabelse", "--author", "Åse Østergaard"])
        #expect(added.status == 0)
        try tmux.waitFor("Æblegrød på Ærø 🍎 — samskabelse", timeout: 3)
        try tmux.waitFor("— Åse Østergaard (MKB)")

        // The facilitator adds one as scribe.
        try tmux.type("s")
        try tmux.waitFor("Note:")
        try tmux.type("Referentens note om tillid")
        try tmux.press("Enter")
        try tmux.waitFor("Forfatter (tom = anonym):")
        try tmux.press("Enter")
        try tmux.waitFor("Referentens note om tillid")
        try tmux.waitFor("Gemt ✓")

        // Resize: too small, then large again.
        try tmux.resize(width: 50, height: 15)
        try tmux.waitFor("Terminalen er for lille")
        try tmux.resize(width: 120, height: 35)
        try tmux.waitFor("Æblegrød på Ærø 🍎")

        // Undo the facilitator's scribe note, then quit with confirmation.
        try tmux.type("u")
        try tmux.waitUntil("the scribe note to go") { !$0.contains("Referentens note om tillid") }
        try tmux.quitProjector()
        #expect(try tmux.alternateScreen() == false, "the terminal is given back")

        let status = try BinaryRunner.run(["status", session, "--json"])
        #expect(status.stdout.contains("\"index\":3"))
        #expect(status.stdout.contains("\"notes\":1"))
    }

    @Test func aCrashGivesTheTerminalBack() throws {
        let (tmux, folder, binary) = try Self.setUp(environment: ["SAMSKAB_FAULT": "crash-after-first-frame"])
        try tmux.run("\(binary) run \(Self.workshop) --session \(folder.appendingPathComponent("dag").path)")
        // A trap is SIGILL (132) on x86-64 and SIGTRAP (133) on ARM.
        try tmux.waitUntil("the crash to end the program") { $0.contains("EXIT=132") || $0.contains("EXIT=133") }
        #expect(try tmux.alternateScreen() == false, "the terminal is given back")
    }

    @Test(.needs(.procps), arguments: ["TERM", "HUP", "INT"])
    func aSignalGivesTheTerminalBack(_ signal: String) throws {
        let (tmux, folder, binary) = try Self.setUp()
        try tmux.run("\(binary) run \(Self.workshop) --session \(folder.appendingPathComponent("dag").path)")
        try tmux.waitFor("Velkomst")
        #expect(try tmux.alternateScreen())
        let children = try tmux.childProcesses()
        #expect(!children.isEmpty)
        let killed = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                                          ["kill", "-\(signal)"] + children.map(String.init))
        #expect(killed.status == 0)
        if signal == "INT" {
            // bash drops the rest of a command line whose program died of SIGINT, so there is no
            // EXIT= line: wait for the program to be gone instead.
            try tmux.waitUntil("the program to end") { _ in (try? tmux.childProcesses().isEmpty) ?? false }
        } else {
            try tmux.waitFor("EXIT=\(signal == "TERM" ? 143 : 129)")
        }
        #expect(try tmux.alternateScreen() == false, "the terminal is given back")
    }

    /// Names hidden with `a` stay hidden after kill -9 and the same command: they never come back
    /// on by themselves.
    @Test(.needs(.procps)) func hiddenNamesSurviveKillNine() throws {
        let (tmux, folder, binary) = try Self.setUp()
        let session = folder.appendingPathComponent("dag").path
        _ = try BinaryRunner.run(["start", Self.workshop, "--session", session])
        _ = try BinaryRunner.run(["phase", session, "9"])
        try tmux.run("\(binary) run \(session)")
        // A first start on a discussion with tables opens on its plan; Esc shows the board.
        try tmux.waitFor("BORDPLAN")
        try tmux.press("Escape")
        try tmux.waitFor("Ingen noter endnu")
        try tmux.type("a")
        try tmux.waitFor("navne skjult")
        let children = try tmux.childProcesses()
        _ = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"), ["kill", "-9"] + children.map(String.init))
        try tmux.waitFor("EXIT=137")
        _ = try tmux.tmux(["send-keys", "-t", tmux.target, "reset", "Enter"])
        try tmux.run("\(binary) run \(session)")
        try tmux.waitFor("navne skjult")
        try tmux.type("qj")
        try tmux.waitUntil("the second run to end") { $0.contains("EXIT=0") }
    }

    @Test func aSecondProjectorSaysWhichProcessHasTheWall() throws {
        let (first, folder, binary) = try Self.setUp()
        let session = folder.appendingPathComponent("dag").path
        try first.run("\(binary) run \(Self.workshop) --session \(session)")
        try first.waitFor("Velkomst")
        let second = try Tmux(width: 100, height: 30, directory: folder, environment: ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"])
        try second.run("\(binary) run \(session)")
        try second.waitFor("Et andet projektorvindue (proces")
        try second.type("qj")
        try second.waitFor("EXIT=0")
        try first.type("qj")
        try first.waitFor("EXIT=0")
    }

    @Test(.needs(.procps)) func ctrlZSuspendsAndFgRepaints() throws {
        let (tmux, folder, binary) = try Self.setUp()
        try tmux.run("\(binary) run \(Self.workshop) --session \(folder.appendingPathComponent("dag").path)")
        try tmux.waitFor("Velkomst")
        try tmux.press("C-z")
        try tmux.waitFor("Stopped")
        #expect(try tmux.alternateScreen() == false, "a suspended projector gives the terminal back")
        try tmux.type("fg")
        try tmux.press("Enter")
        try tmux.waitUntil("the projector to repaint") { $0.contains("Velkomst") && $0.contains("Punkt 1 af 14") }
        #expect(try tmux.alternateScreen())
        try tmux.type("qj")
        // A job resumed with fg has lost the rest of its command line (no EXIT=): wait for it to end.
        try tmux.waitUntil("the program to end") { _ in (try? tmux.childProcesses().isEmpty) ?? false }
        #expect(try tmux.alternateScreen() == false)
    }

    @Test func theLauncherStartsAndResumesWithOneKey() throws {
        let (tmux, folder, binary) = try Self.setUp()
        let workshops = folder.appendingPathComponent("Workshops")
        try FileManager.default.createDirectory(at: workshops, withIntermediateDirectories: true)
        for name in ["ledelse-af-samskabelse-2019-08-30.yaml", "deltagere-eksempel.csv"] {
            try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("Workshops/" + name),
                                             to: workshops.appendingPathComponent(name))
        }
        try tmux.run(binary)
        try tmux.waitFor("Workshops — start")
        try tmux.waitFor("14 items, 3 discussions, 10 questions")
        try tmux.press("Enter")
        try tmux.waitFor("Velkomst: Retning og forventninger")
        try tmux.type("n")
        try tmux.waitFor("Punkt 2 af 14")
        try tmux.type("qj")
        try tmux.waitFor("EXIT=0")
        try tmux.run(binary)
        try tmux.waitFor("Sessioner — fortsæt")
        try tmux.waitFor("Sessions/ledelse-af-samskabelse-2019-08-30 · 2/14")
        try tmux.press("Enter")
        try tmux.waitFor("Punkt 2 af 14")
        try tmux.type("qj")
        try tmux.waitUntil("the second run to end") { $0.components(separatedBy: "EXIT=0").count == 3 }
    }

    /// A locale that names another character set (plain C or none at all is taken as UTF-8).
    @Test func aTerminalOfAnotherCharacterSetGetsASCIIAndAWarning() throws {
        let (tmux, folder, binary) = try Self.setUp(environment: ["LANG": "da_DK.ISO-8859-1", "LC_ALL": "da_DK.ISO-8859-1"])
        try tmux.run("\(binary) run \(Self.workshop) --session \(folder.appendingPathComponent("dag").path)")
        let screen = try tmux.waitFor("Terminalen bruger ikke UTF-8")
        #expect(screen.contains("#####"), "the countdown digits are drawn with #")
        #expect(!screen.contains("█"))
        #expect(screen.contains("Faelles om ledelse"), "Danish letters written the Danish way, not dropped")
        try tmux.type("qj")
        try tmux.waitFor("EXIT=0")
    }

    @Test func aMonochromeTerminalWithoutColourIsUsable() throws {
        let (tmux, folder, binary) = try Self.setUp(environment: ["TERM": "vt100", "NO_COLOR": "1"])
        try tmux.run("\(binary) run \(Self.workshop) --session \(folder.appendingPathComponent("dag").path)")
        try tmux.waitFor("Velkomst")
        try tmux.type("?")
        try tmux.waitFor("fortryd / gentag facilitatorens seneste handling")
        try tmux.press("Escape")
        try tmux.type("q")
        try tmux.type("j")
        try tmux.waitFor("EXIT=0")
    }
}
