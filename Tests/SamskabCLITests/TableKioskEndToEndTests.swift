import Foundation
import Testing

/// Tables in real terminals: the projector opens a discussion on its table plan, a table kiosk
/// (`join --table 2`) writes a note, and the board arranged by table shows it under Bord 2.
@Suite(.serialized, .tags(.slow))
struct TableKioskEndToEndTests {
    static let definition = """
        title: Bordedag
        language: da
        departments:
          - code: MBU
            name: Børn og Unge
          - code: MSO
            name: Sundhed og Omsorg
          - code: MTM
            name: Teknik og Miljø
        roster:
          - name: Åse Østergaard
            department: MBU
          - name: Bo Ærbø
            department: MBU
          - name: Cecilie Holm
            department: MBU
          - name: Dan Riis
            department: MSO
          - name: Eva Lund
            department: MSO
          - name: Frede Bang
            department: MSO
          - name: Grethe Vad
            department: MTM
          - name: Hans Krog
            department: MTM
          - name: Inge Dam
            department: MTM
        program:
          - kind: talk
            title: Velkomst
            minutes: 10
          - kind: discussion
            title: Grænsekrydsende samarbejde
            grouping: mixed
            group_size: 3
            questions:
              - Hvor krydser vi grænser?
            minutes: 30

        """

    @Test(.needs(.tmux)) func aTableKiosksNoteStandsUnderItsTableOnTheWall() throws {
        let folder = try BinaryRunner.scratchFolder()
        try Self.definition.write(to: folder.appendingPathComponent("borde.yaml"), atomically: true, encoding: .utf8)
        let started = try BinaryRunner.run(["start", "borde.yaml", "--session", "session"], in: folder)
        try #require(started.status == 0, "\(started.stderr)" as Comment)
        let session = folder.appendingPathComponent("session").path
        let binary = try BinaryRunner.binary.path
        let environment = ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"]
        let projector = try Tmux(width: 120, height: 35, directory: folder, environment: environment)
        let kiosk = try Tmux(width: 100, height: 30, directory: folder, environment: environment)

        // The discussion opens on its plan: three tables of three.
        try projector.run("\(binary) run \(session)")
        try projector.waitFor("Velkomst")
        try projector.type("n")
        let plan = try projector.waitFor("BORDPLAN")
        #expect(plan.contains("─ Bord 1 ─") && plan.contains("─ Bord 2 ─") && plan.contains("─ Bord 3 ─"), "\(plan)")
        #expect(plan.contains("9 personer ved 3 borde"))

        // The kiosk at table 2: its header says so, its people come first, the note carries the table.
        try kiosk.run("\(binary) join \(session) --table 2 --pin 1234")
        try kiosk.waitFor(" Bord 2  ·  Bordedag")
        try kiosk.waitFor("Folk ved Bord 2 står øverst")
        try kiosk.waitFor("▶ ")
        try kiosk.press("Enter")
        try kiosk.waitFor("Du sidder ved Bord 2")
        try kiosk.saveNote("Bordnote fra kiosken")

        // On the wall, by table: the note under Bord 2.
        try projector.type("b")
        let board = try projector.waitUntil("the note on the board by table") {
            $0.contains("efter bord (b)") && $0.contains("Bordnote fra kiosken")
        }
        let lines = board.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headings = try #require(lines.first { $0.contains("Bord 1") && $0.contains("Bord 2") && $0.contains("Bord 3") },
                                    "a heading per table: \(board)" as Comment)
        let noteLine = try #require(lines.first { $0.contains("Bordnote fra kiosken") })
        let table2 = try #require(Self.column(of: "Bord 2", in: headings))
        let table3 = try #require(Self.column(of: "Bord 3", in: headings))
        let note = try #require(Self.column(of: "Bordnote", in: noteLine))
        #expect(note > table2 && note < table3, "the note stands in Bord 2's column:\n\(board)")

        try projector.quitProjector()
        try kiosk.leaveKiosk(pin: "1234")
        let notes = try JournalFile(session + "/journal.jsonl").lines.filter { $0["type"] as? String == "note.added" }
        #expect(notes.count == 1 && notes.first?["group"] as? String == "2", "the note's table is in the journal: \(notes)")
    }

    @Test func aTableNumberOutOfRangeIsRefusedClearly() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        for bad in ["0", "1001", "-3"] {
            let result = try BinaryRunner.run(["join", session, "--table", bad, "--pin", "1234"], in: folder)
            #expect(result.status != 0)
            #expect(result.stderr.contains("--table") && (bad == "-3" || result.stderr.contains("1 to 1000")), "\(bad): \(result.stderr)")
        }
    }

    /// The column (in characters) where `text` starts in a line of the screen.
    static func column(of text: String, in line: String) -> Int? {
        line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
    }
}
