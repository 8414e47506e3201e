import Foundation
import Testing

/// The session commands of the contract, driven through the real binary.
@Suite(.serialized)
struct SessionCommandTests {
    @Test func startCreatesThenResumesTheSameFolder() throws {
        let folder = try BinaryRunner.scratchFolder()
        try NotesWorkshop.text.write(to: folder.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        let first = try BinaryRunner.run(["start", "dag.yaml"], in: folder)
        #expect(first.status == 0)
        let path = first.stdout.trimmingCharacters(in: .newlines)
        #expect(path.hasPrefix("Sessions/dag-"), "the default folder is Sessions/<name>-<date>")
        #expect(try BinaryRunner.run(["note", "add", path, "gemt"], in: folder).stdout == "n1\n")
        let second = try BinaryRunner.run(["start", "dag.yaml"], in: folder)
        #expect(second.stdout == first.stdout)
        #expect(try BinaryRunner.run(["status", path, "--json"], in: folder).stdout.contains("\"notes\":1"))
    }

    /// `status --json` is the bytes Foundation's serializer makes of the same object (one line,
    /// keys sorted, slashes as they are), as before the Codable types; `voting` and `web` are null
    /// when there is none, never left out.
    @Test func statusAsJSONKeepsItsShapeAndBytes() throws {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        func status() throws -> [String: Any] {
            let shown = try BinaryRunner.run(["status", session, "--json"])
            #expect(shown.status == 0, "\(shown.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
            let again = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(shown.stdout == String(decoding: again, as: UTF8.self) + "\n")
            #expect(Set(object.keys) == ["item", "remaining_seconds", "timer", "notes", "notes_total", "participants", "items",
                                         "sequence", "read_only", "clusters", "voting", "web"])
            #expect(object["web"] is NSNull, "no phone page runs")
            return object
        }
        let first = try status()
        #expect(first["voting"] is NSNull)
        #expect(Set((first["item"] as? [String: Any])?.keys ?? [:].keys) == ["index", "kind", "title", "minutes"])
        #expect(try BinaryRunner.run(["phase", session, "13"]).status == 0)
        #expect(try BinaryRunner.run(["note", "add", session, "Tillid / kontrol", "--question", "1"]).status == 0)
        #expect(try BinaryRunner.run(["voting", "open", session, "--max-per-note", "2"]).status == 0)
        let voting = try #require(try status()["voting"] as? [String: Any])
        #expect(voting["max_per_note"] as? Int == 2 && voting["dots"] as? Int == 3 && voting["open"] as? Bool == true)
        #expect(Set(voting.keys) == ["on", "dots", "open", "revealed", "voters", "max_per_note"])
    }

    @Test func aFolderThatIsNotASessionGetsAClearError() throws {
        let folder = try BinaryRunner.scratchFolder()
        let result = try BinaryRunner.run(["status", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: '\(folder.path)' is not a session folder: it has no session.json (a session is made by 'samskab start FILE')\n")
    }

    @Test func aDefinitionWithErrorsCannotStart() throws {
        let folder = try BinaryRunner.scratchFolder()
        try "title: Dag\nprogram: []\n".write(to: folder.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["start", "dag.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("dag.yaml:2:10: error: 'program' must be a list of items"))
        #expect(result.stderr.hasSuffix("the definition has errors; fix them (samskab check) before starting\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sessions").path))
    }

    @Test func notesFollowTheRulesOfTheCurrentItem() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let wrongQuestion = try BinaryRunner.run(["note", "add", session, "x", "--question", "3"])
        #expect(wrongQuestion.status == 1)
        #expect(wrongQuestion.stderr == "error: item 1 has no question 3; its questions are 1–2\n")
        let wrongDepartment = try BinaryRunner.run(["note", "add", session, "x", "--department", "MXX"])
        #expect(wrongDepartment.stderr == "error: unknown department 'MXX'; the departments are: MBU, MSO\n")
        #expect(try BinaryRunner.run(["phase", session, "next"]).stdout == "now at item 2 of 3: Kaffepause (break)\n")
        let onBreak = try BinaryRunner.run(["note", "add", session, "x"])
        #expect(onBreak.status == 1)
        #expect(onBreak.stdout == "")
        #expect(onBreak.stderr == "error: item 2, 'Kaffepause' (break), takes no notes; notes can be added during a discussion, gallery or harvest\n")
        #expect(try JournalFile(session + "/journal.jsonl").lines.count == 1, "refused notes leave no trace")
    }

    @Test func textIsCleanedAtTheDoor() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let escaped = try BinaryRunner.run(["note", "add", session, "\u{1B}]0;hacked\u{07}Æble\u{1B}[31mgrød\u{1B}[0m 🍎"])
        #expect(escaped.stdout == "n1\n")
        let piped = try BinaryRunner.run(["note", "add", session, "-"], input: Data("linje 1\r\nlinje 2\n".utf8))
        #expect(piped.stdout == "n2\n")
        let texts = try JournalFile(session + "/journal.jsonl").lines.map { $0["text"] as? String }
        #expect(texts == ["Æblegrød 🍎", "linje 1\nlinje 2"])

        let long = try BinaryRunner.run(["note", "add", session, String(repeating: "å", count: 501)])
        #expect(long.stderr == "error: the note is 501 characters long; the limit is 500 — shorten it by 1\n")
        let latin1 = try BinaryRunner.run(["note", "add", session, "-"], input: Data([0x53, 0xF8, 0x72, 0x65, 0x6E]))
        #expect(latin1.status == 1)
        #expect(latin1.stderr == "error: the note is not valid UTF-8 text (bad byte at position 2); set your terminal to UTF-8 and type it again\n")
        let badArgument = try BinaryRunner.shell("\"\(try BinaryRunner.binary.path)\" note add \"\(session)\" $'S\\xf8ren'")
        #expect(badArgument.status == 1)
        #expect(badArgument.stderr == "error: the note is not valid UTF-8 text; set your terminal to UTF-8 and type it again\n")
    }

    @Test func phaseMovesAndUndoRedo() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        #expect(try BinaryRunner.run(["phase", session, "3"]).stdout == "now at item 3 of 3: Opsamling (harvest)\n")
        #expect(try BinaryRunner.run(["phase", session, "next"]).stderr == "error: the program is already at its last item (3)\n")
        #expect(try BinaryRunner.run(["phase", session, "previous"]).stdout == "now at item 2 of 3: Kaffepause (break)\n")
        #expect(try BinaryRunner.run(["phase", session, "7"]).stderr == "error: there is no item 7; the program has items 1–3\n")
        #expect(try BinaryRunner.run(["phase", session, "sideways"]).status == 2)

        let undo = try BinaryRunner.run(["undo", session])
        #expect(undo.stdout == "undid: move to item 2\nnow at item 3 of 3: Opsamling (harvest)\n")
        #expect(try BinaryRunner.run(["undo", session]).stdout == "undid: move to item 3\nnow at item 1 of 3: Gruppedrøftelse: Ledelse af samskabelse (discussion)\n")
        #expect(try BinaryRunner.run(["undo", session]).stderr == "error: there is nothing to undo\n")
        #expect(try BinaryRunner.run(["redo", session]).stdout == "redid: move to item 3\nnow at item 3 of 3: Opsamling (harvest)\n")
        let types = try JournalFile(session + "/journal.jsonl").lines.compactMap { $0["type"] as? String }
        #expect(types == ["phase.moved", "phase.moved", "undo", "undo", "redo"], "undo and redo are new events")
    }

    @Test func statusJSONFollowsTheContract() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        _ = try BinaryRunner.run(["note", "add", session, "en"])
        _ = try BinaryRunner.run(["timer", session, "start"])
        _ = try BinaryRunner.run(["timer", session, "extend", "5"])
        let status = try BinaryRunner.run(["status", session, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let item = try #require(object["item"] as? [String: Any])
        #expect(item["index"] as? Int == 1)
        #expect(item["kind"] as? String == "discussion")
        #expect(item["title"] as? String == "Gruppedrøftelse: Ledelse af samskabelse")
        #expect(object["notes"] as? Int == 1)
        let remaining = try #require(object["remaining_seconds"] as? Int)
        #expect((49 * 60...50 * 60).contains(remaining), "45 minutes + 5, running for a moment")
        #expect(object["timer"] as? String == "running")
    }

    /// A talk's facilitator notes are for the facilitator: in `status`, never on the wall.
    @Test func facilitatorNotesAreInStatusNotOnTheWall() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = folder.appendingPathComponent("dag").path
        let workshop = BinaryRunner.packageRoot.appendingPathComponent("Workshops/ledelse-af-samskabelse-2019-08-30.yaml").path
        _ = try BinaryRunner.run(["start", workshop, "--session", session])
        var found = false
        for item in 1...14 {
            _ = try BinaryRunner.run(["phase", session, String(item)])
            let status = try BinaryRunner.run(["status", session]).stdout
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("facilitator notes: ") }) else { continue }
            found = true
            let notes = line.dropFirst("facilitator notes: ".count).prefix(30)
            let wall = try BinaryRunner.run(["render", session, "--width", "200", "--height", "60"]).stdout
            #expect(!wall.contains(notes), "item \(item)'s facilitator notes are not on the wall")
        }
        #expect(found, "the seed's talks have facilitator notes")
    }

    @Test func renderPrintsTheProjectorFrame() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        _ = try BinaryRunner.run(["note", "add", session, "Æblegrød på Ærø 🍎", "--author", "Åse Østergaard", "--question", "1"])
        let frame = try BinaryRunner.run(["render", session, "--width", "80", "--height", "24", "--now", "2026-11-29T10:00:00Z"])
        #expect(frame.status == 0)
        let lines = frame.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 25, "24 rows and a final newline")
        #expect(lines[0].hasPrefix(" Drøftelsesdag"))
        #expect(frame.stdout.contains("┃Æblegrød på Ærø 🍎"), "the only note is the newest: a heavy frame")
        #expect(frame.stdout.contains("— Åse Østergaard (MBU)"))
        let english = try BinaryRunner.run(["render", session, "--lang", "en", "--width", "60", "--height", "20"])
        #expect(english.stdout.contains("Item 1 of 3"))
        let small = try BinaryRunner.run(["render", session, "--width", "40", "--height", "10"])
        #expect(small.stdout.contains("Terminalen er for lille"))
        #expect(try BinaryRunner.run(["render", session, "--width", "0"]).status == 2)
    }

    /// People are ids: a corrected name follows their notes, and undo takes it back.
    @Test func renamingAPersonKeepsTheirNotes() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let note = try BinaryRunner.run(["note", "add", session, "hej", "--author", "Åse Østergaard"]).stdout
        #expect(try BinaryRunner.run(["participant", "rename", session, "åse østergaard", "--to", "Åse Østergård"]).stdout
                == "r1: Åse Østergård (MBU)\n")
        let export = try BinaryRunner.run(["export", session, "--format", "json"]).stdout
        let json = try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any]
        let notes = (json?["items"] as? [[String: Any]])?.first?["notes"] as? [[String: Any]]
        #expect(notes?.first?["id"] as? String == note.trimmingCharacters(in: .newlines))
        #expect(notes?.first?["author"] as? String == "Åse Østergård")
        #expect(notes?.first?["author_id"] as? String == "r1")
        #expect(try BinaryRunner.run(["undo", session]).stdout.hasPrefix("undid: rename r1 to Åse Østergård"))
        #expect(try BinaryRunner.run(["participant", "rename", session, "Nobody", "--to", "X"]).stderr
                == "error: there is nobody called 'Nobody' on the roster\n")
    }

    @Test func participantsAndTheJSONExport() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        #expect(try BinaryRunner.run(["participant", "add", session, "--name", "Bo Ærbø", "--department", "mso"]).stdout == "added Bo Ærbø (MSO)\n")
        #expect(try BinaryRunner.run(["participant", "add", session, "--name", "bo ærbø"]).stderr
                == "error: Bo Ærbø is already on the roster (MSO); two people of one name need different departments\n")
        _ = try BinaryRunner.run(["note", "add", session, "navngivet", "--author", "Åse Østergaard", "--question", "2"])
        _ = try BinaryRunner.run(["note", "add", session, "anonym", "--author", "Bo Ærbø", "--anonymous", "--group", "Bord 2"])

        let export = try BinaryRunner.run(["export", session, "--format", "json"])
        #expect(export.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let workshop = try #require(object["workshop"] as? [String: Any])
        #expect(workshop["title"] as? String == "Drøftelsesdag")
        #expect(workshop.keys.contains("date"))
        let people = try #require(object["participants"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["Åse Østergaard", "Bo Ærbø"])
        #expect(people.map { $0["department"] as? String } == ["MBU", "MSO"])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.map { $0["index"] as? Int } == [1, 2, 3])
        #expect(items.map { $0["kind"] as? String } == ["discussion", "break", "harvest"])
        #expect((items[0]["questions"] as? [String])?.count == 2)
        let notes = try #require(items[0]["notes"] as? [[String: Any]])
        #expect(notes.map { $0["id"] as? String } == ["n2", "n3"], "the refused duplicate wrote no event")
        #expect(notes[0]["author"] as? String == "Åse Østergaard")
        #expect(notes[0]["department"] as? String == "MBU", "the author's department comes from the roster")
        #expect(notes[0]["question"] as? Int == 2)
        #expect(notes[1]["author"] is NSNull, "an anonymous note never reveals its author")
        #expect(notes[1]["group"] as? String == "Bord 2")
        #expect(notes.allSatisfy { $0["key_point"] as? Bool == false && $0["votes"] as? Int == 0 && ($0["comments"] as? [Any])?.isEmpty == true })
        #expect(object["key_points"] as? [String] == [])
        #expect((object["actions"] as? [Any])?.isEmpty == true)

        let again = try BinaryRunner.run(["export", session, "--format", "json"])
        #expect(again.stdout == export.stdout, "the same session exports the same bytes")
        let written = try BinaryRunner.run(["export", session, "--output", folder.appendingPathComponent("dag.json").path])
        #expect(written.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("dag.json"), encoding: .utf8) == export.stdout)
    }

    @Test func keyPointsNextStepsAndEveryExportFormat() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        for text in ["Tillid frem for kontrol", "tillid før kontrol", "<b>fed</b> =1+1"] {
            _ = try BinaryRunner.run(["note", "add", session, text, "--question", "1"])
        }
        let merged = try BinaryRunner.run(["keypoint", "add", session, "n1", "n2", "--text", "Tillid frem for kontrol"])
        #expect(merged.stdout == "key point n1: Tillid frem for kontrol (merged: n2)\n")
        #expect(try BinaryRunner.run(["keypoint", "add", session, "n9"]).stderr == "error: there is no note n9\n")
        #expect(try BinaryRunner.run(["action", "add", session, "Møde med Anne Vest", "--owner", "MBU", "--due", "2019-10-01"]).stdout == "a5\n")
        let badDate = try BinaryRunner.run(["action", "add", session, "x", "--due", "1. oktober"])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("--due must be a date like 21.11.2019, 21/11 or 2019-11-21; found '1. oktober'"))

        let all = try BinaryRunner.run(["export", session, "--format", "all"])
        #expect(all.status == 0)
        #expect(all.stdout.split(separator: "\n").map { $0.split(separator: "/").last.map(String.init) ?? "" }
                == ["summary.md", "summary.html", "summary.csv", "summary.json"])
        let markdown = try String(contentsOfFile: session + "/export/summary.md", encoding: .utf8)
        #expect(markdown.contains("1. **Tillid frem for kontrol** — anonym, Gruppedrøftelse: Ledelse af samskabelse (samlet med: “tillid før kontrol”)"))
        #expect(markdown.contains("| Møde med Anne Vest | MBU | 1. oktober 2019 |"))
        let html = try String(contentsOfFile: session + "/export/summary.html", encoding: .utf8)
        #expect(html.contains("&lt;b&gt;fed&lt;/b&gt; =1+1"))
        let csv = try Data(contentsOf: URL(fileURLWithPath: session + "/export/summary.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let comma = try BinaryRunner.run(["export", session, "--format", "csv", "--separator", ","])
        #expect(comma.stdout.contains("punkt,punkttitel,"))
        #expect(try BinaryRunner.run(["export", session, "--format", "csv", "--separator", "\""]).status == 2)

        _ = try BinaryRunner.run(["undo", session])
        let json = try BinaryRunner.run(["export", session, "--format", "json"]).stdout
        #expect(!json.contains("Møde med Anne Vest"), "undo takes the next step back")
    }
}
