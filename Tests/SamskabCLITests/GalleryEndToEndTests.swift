import Foundation
import Testing

/// The fernisering of the seed day in real terminals: the projector lands on the walk and shows
/// the pairs, two table kiosks act as stations (a comment and a +1 at each), a round is skipped
/// on the projector (SKIFT), and the comments and +1s are in the export.
@Suite(.serialized, .tags(.slow), .needs(.tmux))
struct GalleryEndToEndTests {
    @Test func aGalleryWalkWithTwoStations() throws {
        let (folder, session) = try GroupsCommandTests.startSeedDay()
        let binary = try BinaryRunner.binary.path
        let environment = ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"]
        let projector = try Tmux(width: 120, height: 40, directory: folder, environment: environment)

        // The group discussion (item 9) opens on its plan; each of two tables writes a note.
        try projector.run("\(binary) run \(session)")
        try projector.waitFor("Punkt 1 af 14")
        #expect(try BinaryRunner.run(["phase", session, "9"]).status == 0)
        try projector.waitFor("BORDPLAN")
        for (table, text) in [(1, "Tillid frem for kontrol"), (2, "Borgeren i midten")] {
            let added = try BinaryRunner.run(["note", "add", session, text, "--group", String(table), "--question", "1"])
            #expect(added.status == 0, "\(added.stderr)")
        }

        // The fernisering (item 10): the projector asks for pairs as it lands, and shows them.
        try projector.type("n")
        let wall = try projector.waitUntil("the pairs on the wall") { $0.contains("RUNDE 1 AF 6") && $0.contains("Par 20") }
        #expect(wall.contains("NU") && wall.contains("NÆSTE") && wall.contains("Bord"), "\(wall)")

        // Two table kiosks are stations: the pair due there is chosen first; a +1 and a comment at each.
        var kiosks: [Tmux] = []
        for (table, text) in [(1, "Tillid frem for kontrol"), (2, "Borgeren i midten")] {
            let kiosk = try Tmux(width: 100, height: 30, directory: folder, environment: environment)
            kiosks.append(kiosk)
            try kiosk.run("\(binary) join \(session) --table \(table) --pin 1234")
            try kiosk.waitFor("Hvilket par er I?")
            try kiosk.waitFor("ved denne tavle nu")
            try kiosk.press("Enter")
            try kiosk.waitFor("I er Par")
            try kiosk.waitFor("Tavlen fra Bord \(table)")
            try kiosk.waitFor(text)
            try kiosk.press("Down")
            try kiosk.waitFor("▶ " + text)
            try kiosk.type("+")
            try kiosk.waitFor("+1 givet ✓")
            try kiosk.press("Enter")
            try kiosk.waitFor("Jeres kommentar")
            try kiosk.type("Kommentar ved bord \(table) 🍎")
            try kiosk.press("Enter")
            try kiosk.waitFor("Kommentaren er gemt ✓")
            try kiosk.waitFor("+1 ×1 · 1 kommentar")
            // A second +1 from the same pair is refused, and the kiosk says why.
            try kiosk.type("+")
            try kiosk.waitFor("har allerede givet note")
        }

        // The facilitator skips a round: the wall says SKIFT and shows round 2.
        try projector.type("S")
        try projector.waitFor("Spring til næste runde nu? (j/n)")
        try projector.type("j")
        try projector.waitUntil("the shift on the wall") { $0.contains("RUNDE 2 AF 6") && $0.contains("Skift nu") }
        // The stations hand over to the next pair.
        for kiosk in kiosks { try kiosk.waitFor("Hvilket par er I?") }

        try projector.quitProjector()
        for kiosk in kiosks {
            try kiosk.leaveKiosk(pin: "1234")
        }

        // Everything went through the journal into the export.
        let journal = try JournalFile(session + "/journal.jsonl").lines
        let comments = journal.filter { $0["type"] as? String == "comment.added" }
        let plusOnes = journal.filter { $0["type"] as? String == "plusone.added" }
        #expect(comments.count == 2 && plusOnes.count == 2, "\(comments) \(plusOnes)")
        #expect(comments.allSatisfy { $0["pair"] != nil }, "signed by the pair: \(comments)")
        #expect(journal.contains { $0["type"] as? String == "round.skipped" })
        let export = try BinaryRunner.run(["export", session, "--format", "json", "--output", "-"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("\"plus_ones\" : 1") || export.stdout.contains("\"plus_ones\": 1")
                || export.stdout.contains("\"plus_ones\":1"), "the +1s in the export")
        #expect(export.stdout.contains("Kommentar ved bord 1 🍎") && export.stdout.contains("Kommentar ved bord 2 🍎"),
                "the comments in the export")
    }
}
