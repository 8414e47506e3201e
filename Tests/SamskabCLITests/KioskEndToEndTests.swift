import Foundation
import Testing

/// The participant kiosk in a real terminal, beside the projector.
@Suite(.serialized, .tags(.slow), .needs(.tmux))
struct KioskEndToEndTests {
    static func setUp() throws -> (URL, String, String) {
        let folder = try BinaryRunner.scratchFolder()
        return (folder, try NotesWorkshop.start(in: folder), try BinaryRunner.binary.path)
    }

    /// A Danish terminal in Copenhagen's time, with `extra` in its environment too.
    static func terminal(_ folder: URL, width: Int = 100, height: Int = 30, extra: [String: String] = [:]) throws -> Tmux {
        try Tmux(width: width, height: height, directory: folder,
                 environment: ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"].merging(extra) { _, new in new })
    }

    @Test func aNoteTypedAtTheKioskAppearsOnTheProjector() throws {
        let (folder, session, binary) = try Self.setUp()
        let projector = try Self.terminal(folder, width: 120, height: 35)
        let kiosk = try Self.terminal(folder)
        try projector.run("\(binary) run \(session)")
        try projector.waitFor("Ingen noter endnu")
        try kiosk.startKiosk(binary, session)
        try kiosk.signIn(typing: "åse", as: "Åse Østergaard (MBU)")
        try kiosk.press("Down")
        try kiosk.type("Æblegrød på Ærø 🍎 — samskabelse")
        try kiosk.waitFor("31/500")
        try kiosk.press("Enter")
        try kiosk.waitFor("Gemt ✓")
        try projector.waitFor("Æblegrød på Ærø 🍎 — samskabelse", timeout: 3)
        try projector.waitFor("— Åse Østergaard (MBU)")

        // The room moves on: the kiosk follows and keeps the draft.
        try kiosk.type("en kladde")
        try projector.type("n")
        try kiosk.waitFor("Pause — noterne åbner igen kl.", timeout: 3)
        try projector.type("p")
        try kiosk.waitFor("en kladde", timeout: 3)
        try kiosk.leaveKiosk(pin: "1234")
        #expect(try kiosk.alternateScreen() == false)
    }

    /// The reported paste, through tmux's bracketed paste: the note saved is exactly the text
    /// on screen, and a 2,000-character paste is there at once (not typed key by key).
    @Test func aPasteWithEscapeSequencesIsSavedAsTheTextOnScreen() throws {
        let (folder, session, binary) = try Self.setUp()
        let kiosk = try Self.terminal(folder)
        try kiosk.run("\(binary) join \(session) --name 'Åse Østergaard' --department MBU --pin 1234")
        try kiosk.waitFor("Du skriver som Åse Østergaard")
        _ = try kiosk.tmux(["set-buffer", "--", "før \u{1B}]0;hacked\u{07}efter \u{1B}[31mRØD\u{1B}[0m slut"])
        _ = try kiosk.tmux(["paste-buffer", "-p", "-t", kiosk.target])
        try kiosk.waitFor("før efter RØD slut")
        try kiosk.press("Enter")
        try kiosk.waitFor("Gemt ✓")
        let export = try BinaryRunner.run(["export", session, "--format", "json"]).stdout
        #expect(export.contains(#""text" : "før efter RØD slut""#), "the note is the visible text: \(export)")

        let long = String(repeating: "samskabelse ", count: 167).prefix(2000)
        _ = try kiosk.tmux(["set-buffer", "--", String(long)])
        let start = Date()
        _ = try kiosk.tmux(["paste-buffer", "-p", "-t", kiosk.target])
        try kiosk.waitFor("2000/500", timeout: 3)
        #expect(Date().timeIntervalSince(start) < 1, "a long paste is on screen within a second")
        try kiosk.leaveKiosk(pin: "1234")
    }

    /// A made-up code is shown until the facilitator presses Enter, not hidden at once by the full screen.
    @Test func aMadeUpCodeWaitsToBeSeen() throws {
        let (folder, session, binary) = try Self.setUp()
        let kiosk = try Self.terminal(folder)
        try kiosk.run("\(binary) join \(session)")
        let screen = try kiosk.waitFor("tryk Enter for at åbne kiosken")
        #expect(screen.contains("Kioskens kode til at afslutte (Ctrl-X): "))
        try kiosk.press("Enter")
        try kiosk.waitFor("Hvem er du?")
    }

    @Test func twoKiosksTypingAtOnceLoseNothing() throws {
        let (folder, session, binary) = try Self.setUp()
        let first = try Self.terminal(folder), second = try Self.terminal(folder)
        try first.run("\(binary) join \(session) --name 'Åse Østergaard' --department MBU --pin 1234")
        try second.run("\(binary) join \(session) --name 'Bo Ærbø' --department MSO --pin 1234")
        try first.waitFor("Du skriver som Åse Østergaard")
        try second.waitFor("Du skriver som Bo Ærbø")
        for index in 1...10 {
            try first.type("Åse nummer \(index) 🍎")
            try second.type("Bo nummer \(index) æøå")
            try first.press("Enter")
            try second.press("Enter")
        }
        let journalPath = session + "/journal.jsonl"
        let deadline = Date().addingTimeInterval(15)
        var notes: [String] = []
        while Date() < deadline {
            notes = ((try? JournalFile(journalPath))?.lines ?? []).filter { $0["type"] as? String == "note.added" }
                .compactMap { $0["text"] as? String }
            if notes.count >= 20 { break }
            usleep(100_000)
        }
        #expect(Set(notes) == Set((1...10).flatMap { ["Åse nummer \($0) 🍎", "Bo nummer \($0) æøå"] }))
        #expect(notes.count == 20)
    }

    @Test(.needs(.procps)) func ctrlCCtrlZAndCtrlBackslashDoNotLeaveTheKiosk() throws {
        let (folder, session, binary) = try Self.setUp()
        let kiosk = try Self.terminal(folder)
        try kiosk.startKiosk(binary, session, "--pin 2468")
        try kiosk.press("C-c")
        try kiosk.press("C-z")
        try kiosk.press("C-\\")
        try kiosk.type("x")
        try kiosk.waitFor("Skriv for at søge: x")
        #expect(try kiosk.alternateScreen())
        #expect(try !kiosk.childProcesses().isEmpty)
        try kiosk.press("C-x")
        try kiosk.type("0000")
        try kiosk.press("Enter")
        try kiosk.waitFor("Forkert kode")
        try kiosk.leaveKiosk(pin: "2468")
    }

    @Test func afterANoteAndSomeIdleTimeTheNextPersonStartsOnTheNameScreen() throws {
        let (folder, session, binary) = try Self.setUp()
        let kiosk = try Self.terminal(folder)
        try kiosk.run("\(binary) join \(session) --name 'Åse Østergaard' --department MBU --idle 5 --pin 1234")
        try kiosk.waitFor("Du skriver som Åse Østergaard")
        try kiosk.saveNote("Sidste note før jeg går")
        try kiosk.waitFor("Hvem er du?", timeout: 12)
        #expect(try !kiosk.screen().contains("Åse Østergaard (MBU)  ·"), "nothing of the last person stays")
    }
}
