import Foundation
import Testing

/// Finding yourself at the kiosk, typed the way people type: a first name that is also someone's
/// surname, a name without its accents, and a person the facilitator had marked absent.
@Suite(.serialized, .tags(.slow), .needs(.tmux))
struct KioskNameEndToEndTests {
    /// "Anne Mettesen" sorts before "Mette Holm" and contains "mette"; Mette must still be the
    /// first row when "mette" is typed.
    static let workshop = """
        title: Navnedag
        departments:
          - code: MBU
            name: Børn og Unge
          - code: MSO
            name: Sundhed og Omsorg
        roster:
          - name: Anne Mettesen
            department: MBU
          - name: Mette Holm
            department: MSO
          - name: Søren Ærbø
            department: MBU
          - name: Åse Østergaard
            department: MSO
        program:
          - kind: discussion
            title: Drøftelse
            questions: [Hvad gør vi nu?]
            minutes: 30

        """

    static func start() throws -> (folder: URL, session: String, binary: String) {
        let folder = try BinaryRunner.scratchFolder()
        try workshop.write(to: folder.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        let started = try BinaryRunner.run(["start", "dag.yaml", "--session", "session"], in: folder)
        #expect(started.status == 0, "start: \(started.stderr)")
        return (folder, folder.appendingPathComponent("session").path, try BinaryRunner.binary.path)
    }

    static func kiosk(_ folder: URL, _ session: String, _ binary: String) throws -> Tmux {
        let terminal = try Tmux(width: 100, height: 30, directory: folder,
                                environment: ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"])
        try terminal.startKiosk(binary, session)
        return terminal
    }

    static func leave(_ kiosk: Tmux) throws {
        try kiosk.leaveKiosk(pin: "1234")
    }

    /// The reported case: the first name typed picked the person whose surname contains it.
    @Test func aFirstNameFindsThatPersonBeforeOneWhoseSurnameContainsIt() throws {
        let (folder, session, binary) = try Self.start()
        let kiosk = try Self.kiosk(folder, session, binary)
        try kiosk.signIn(typing: "mette", as: "Mette Holm (MSO)")
        try kiosk.press("Down")
        try kiosk.saveNote("Fra Mette")
        let export = try BinaryRunner.run(["export", session, "--format", "json"]).stdout
        #expect(export.contains(#""author" : "Mette Holm""#), "the note is Mette's: \(export)")
        #expect(!export.contains(#""author" : "Anne Mettesen""#), "and not Anne's: \(export)")
        try Self.leave(kiosk)
    }

    /// Typed without accents, a name is found (not "I am not on the list"), and three Enters never
    /// make a second Søren.
    @Test func aNameTypedWithoutAccentsIsFoundAndNotAddedTwice() throws {
        let (folder, session, binary) = try Self.start()
        let kiosk = try Self.kiosk(folder, session, binary)
        try kiosk.signIn(typing: "soren aerbo", as: "Søren Ærbø (MBU)")
        try kiosk.press("Escape")
        try kiosk.waitFor("Hvem er du?")
        try kiosk.type("ase")
        try kiosk.waitFor("▶ Åse Østergaard (MSO)")
        try Self.leave(kiosk)
        let status = try BinaryRunner.run(["status", session, "--json"]).stdout
        #expect(status.contains(#""participants":4"#),
                "still four people: \(status)")
    }

    /// Someone marked absent is listed last with a mark; choosing them says so and marks them present.
    @Test func anAbsentPersonIsMarkedAndChoosingThemMarksThemPresent() throws {
        let (folder, session, binary) = try Self.start()
        let absent = try BinaryRunner.run(["participant", "absent", session, "anne mettesen"])
        #expect(absent.status == 0, "absent: \(absent.stderr)")
        let kiosk = try Self.kiosk(folder, session, binary)
        try kiosk.type("anne")
        try kiosk.waitFor("▶ Anne Mettesen (MBU)  · meldt fraværende")
        try kiosk.press("Enter")
        try kiosk.waitFor("du var meldt fraværende og er nu meldt til stede")
        try Self.leave(kiosk)
        let export = try BinaryRunner.run(["export", session, "--format", "json"]).stdout
        #expect(!export.contains(#""present" : false"#), "nobody is absent any more: \(export)")
    }
}
