import Foundation
import Testing

/// `action add --due` takes the Danish forms and says back what it understood (issue 19, item 5).
struct DueDateCommandTests {
    @Test func danishDueDatesAreSaidBack() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let danish = try BinaryRunner.run(["action", "add", session, "Opfølgning", "--due", "1.10.2019"])
        #expect(danish.status == 0 && danish.stdout == "a1\n")
        #expect(danish.stderr == "note: --due 1.10.2019 is 2019-10-01 (Tuesday 1 October 2019)\n", "\(danish.stderr)")
        let iso = try BinaryRunner.run(["action", "add", session, "Evaluering", "--due", "2019-11-21"])
        #expect(iso.status == 0 && iso.stderr.isEmpty, "nothing to understand")
        let bad = try BinaryRunner.run(["action", "add", session, "x", "--due", "31/9"])
        #expect(bad.status == 2 && bad.stderr.contains("--due must be a date like 21.11.2019, 21/11 or 2019-11-21; found '31/9'"))
        let json = try BinaryRunner.run(["export", session, "--format", "json", "--output", "-"]).stdout
        #expect(json.contains("2019-10-01") && json.contains("2019-11-21"))
    }
}
