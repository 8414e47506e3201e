import Foundation
import Testing

/// What the facilitator chose comes back after kill -9; a rehearsal is not resumed silently on
/// the workshop's date.
@Suite(.serialized, .tags(.slow))
struct RehearsalEndToEndTests {
    static let seed = BinaryRunner.packageRoot.appendingPathComponent("Workshops/ledelse-af-samskabelse-2019-08-30.yaml").path
    static let environment = ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"]

    static func killProjector(_ tmux: Tmux) throws {
        let children = try tmux.childProcesses()
        _ = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"), ["kill", "-9"] + children.map(String.init))
        try tmux.waitFor("EXIT=137")
        _ = try tmux.tmux(["send-keys", "-t", tmux.target, "reset", "Enter"])
    }

    static func choices(_ session: String) -> String {
        (try? String(contentsOfFile: session + "/projector.json", encoding: .utf8)) ?? ""
    }

    /// Names hidden, the next steps open and the selected note survive kill -9 and the same command.
    @Test(.needs(.tmux, .procps)) func hiddenNamesAndTheNextStepsSurviveKillNine() throws {
        let folder = try BinaryRunner.scratchFolder()
        let binary = try BinaryRunner.binary.path
        let session = folder.appendingPathComponent("dag").path
        _ = try BinaryRunner.run(["start", Self.seed, "--session", session])
        _ = try BinaryRunner.run(["phase", session, "9"])
        _ = try BinaryRunner.run(["note", "add", session, "Tillid frem for kontrol", "--author", "Åse Østergaard"])
        let tmux = try Tmux(width: 100, height: 30, directory: folder, environment: Self.environment)
        try tmux.run("\(binary) run \(session)")
        // A first start on a discussion with tables opens on its plan; Esc shows the board.
        try tmux.waitFor("BORDPLAN")
        try tmux.press("Escape")
        try tmux.waitFor("Tillid frem")
        try tmux.type("a")
        try tmux.waitFor("navne skjult")
        try tmux.press("Down")
        try tmux.type("N")
        try tmux.waitFor("N eller Esc lukker")
        try tmux.waitFor("Mød chefkollegerne")
        // Saved as it was chosen, before anything else happens.
        try tmux.waitUntil("the choices to be saved") { _ in
            let saved = Self.choices(session)
            return saved.contains(#""show_authors":false"#) && saved.contains(#""view":"next_steps""#) && saved.contains(#""selected":"n"#)
        }
        try Self.killProjector(tmux)
        try tmux.run("\(binary) run \(session)")
        try tmux.waitFor("N eller Esc lukker")
        try tmux.press("Escape")
        try tmux.waitFor("navne skjult")
        #expect(try tmux.screen().contains("Åse Østergaard") == false)
        #expect(Self.choices(session).contains(#""selected":"n"#), "the note is still selected")
        try tmux.type("q")
        try tmux.waitFor("Afslut samskab? (j/n)")
        try tmux.type("j")
        try tmux.waitUntil("the second run to end") { $0.contains("EXIT=0") }

        // A projector.json that cannot be read keeps names hidden.
        try Data(#"{"show_authors":tr"#.utf8).write(to: URL(fileURLWithPath: session + "/projector.json"))
        try tmux.run("\(binary) run \(session)")
        // No view can be read either: it opens as a first start would, on the table plan.
        try tmux.waitFor("BORDPLAN")
        try tmux.press("Escape")
        try tmux.waitFor("navne skjult")
        try tmux.type("qj")
        try tmux.waitUntil("the third run to end") { $0.components(separatedBy: "EXIT=0").count > 2 }
    }

    /// The seed day dated today, so that today is the workshop's date; its session "started" two
    /// days before (session.json's `created`), as a rehearsal would be.
    static func rehearsal() throws -> (folder: URL, definition: String, session: String) {
        let folder = try BinaryRunner.scratchFolder()
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Copenhagen")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let today = formatter.string(from: Date())
        let workshops = BinaryRunner.packageRoot.appendingPathComponent("Workshops")
        let yaml = try String(contentsOf: URL(fileURLWithPath: Self.seed), encoding: .utf8)
            .replacingOccurrences(of: "date: 2019-08-30", with: "date: \(today)")
        let definition = folder.appendingPathComponent("dagen.yaml")
        try yaml.write(to: definition, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: workshops.appendingPathComponent("deltagere-eksempel.csv"),
                                         to: folder.appendingPathComponent("deltagere-eksempel.csv"))
        let session = folder.appendingPathComponent("dag").path
        let started = try BinaryRunner.run(["start", definition.path, "--session", session], environment: Self.environment)
        #expect(started.status == 0, "\(started.stderr)")
        let marker = URL(fileURLWithPath: session + "/session.json")
        let text = try String(contentsOf: marker, encoding: .utf8)
        let rewritten = text.replacingOccurrences(of: #""created": ?"[^"]*""#, with: #""created":"2019-08-28T07:00:00.000Z""#,
                                                  options: .regularExpression)
        #expect(rewritten != text)
        try rewritten.write(to: marker, atomically: true, encoding: .utf8)
        return (folder, definition.path, session)
    }

    @Test(.needs(.tmux, .procps)) func aRehearsalIsNotResumedSilentlyOnTheDay() throws {
        let (folder, definition, session) = try Self.rehearsal()
        let binary = try BinaryRunner.binary.path
        let tmux = try Tmux(width: 100, height: 30, directory: folder, environment: Self.environment)
        try tmux.run("\(binary) run \(definition) --session \(session)")
        try tmux.waitFor("Denne session blev startet 2019-08-28 (en prøve?). Fortsæt den [f] eller start forfra [n]?")
        #expect(try tmux.alternateScreen() == false, "asked before going full screen")
        try tmux.type("n")
        try tmux.press("Enter")
        try tmux.waitFor("Ny session \(session)-2")
        try tmux.waitFor("Punkt 1 af 14")
        #expect(FileManager.default.fileExists(atPath: session + "/session.json"), "the rehearsal is kept")
        #expect(FileManager.default.fileExists(atPath: session + "-2/session.json"))
        try Self.killProjector(tmux)

        // The same command after a crash goes back to the day's session without asking.
        try tmux.run("\(binary) run \(definition) --session \(session)")
        try tmux.waitFor("Fortsætter dagens session \(session)-2")
        try tmux.type("qj")
        try tmux.waitUntil("the run to end") { $0.contains("EXIT=0") }
        #expect(!FileManager.default.fileExists(atPath: session + "-3"))

        // --resume goes on with the rehearsal itself, without asking.
        try tmux.run("clear; \(binary) run \(definition) --session \(session) --resume")
        try tmux.waitFor("Punkt 1 af 14")
        #expect(try tmux.screen().contains("Fortsætter") == false)
        try tmux.type("qj")
        try tmux.waitUntil("the resumed run to end") { $0.contains("EXIT=0") }
        #expect(FileManager.default.fileExists(atPath: session + "/resumed-on"), "the answer is kept beside the journal")

        // Resumed once, the same command without --resume goes on with the rehearsal after a
        // crash, without asking (and without going to the fresh session beside it).
        try tmux.run("clear; \(binary) run \(definition) --session \(session)")
        try tmux.waitFor("Punkt 1 af 14")
        let screen = try tmux.screen()
        #expect(!screen.contains("Fortsætter") && !screen.contains("en prøve?"))
        try Self.killProjector(tmux)
    }

    @Test func withoutAnAnswerRunRefusesAndChangesNothing() throws {
        let (_, definition, session) = try Self.rehearsal()
        let result = try BinaryRunner.run(["run", definition, "--session", session], input: Data("måske\n".utf8),
                                          environment: Self.environment)
        #expect(result.status != 0)
        #expect(result.stdout.contains("Denne session blev startet 2019-08-28 (en prøve?)"))
        #expect(result.stderr.contains("--resume") && result.stderr.contains("--fresh"))
        #expect(!FileManager.default.fileExists(atPath: session + "-2"))

        let both = try BinaryRunner.run(["run", session, "--fresh", "--resume"], environment: Self.environment)
        #expect(both.status != 0)
        #expect(both.stderr.contains("--fresh and --resume exclude each other"))
    }

    @Test func freshStartsANewFolderBesideTheRehearsal() throws {
        let (_, _, session) = try Self.rehearsal()
        // From the session folder: the new one starts from the definition it was started from.
        // No terminal here, so the projector cannot open; the folder is made before it tries.
        let result = try BinaryRunner.run(["run", session, "--fresh"], input: Data(), environment: Self.environment)
        #expect(result.stderr.contains("Ny session: \(session)-2 (prøven er gemt i \(session))"))
        #expect(FileManager.default.fileExists(atPath: session + "-2/session.json"))
        #expect(FileManager.default.fileExists(atPath: session + "/session.json"))
    }
}
