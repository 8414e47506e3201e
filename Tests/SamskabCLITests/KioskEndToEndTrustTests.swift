import Foundation
import Testing

/// The kiosk's trust in real terminals (issue 22, item 4): wrong codes wait, then lock the kiosk
/// until the projector unlocks it; "Esc, another name" changes no note of an earlier sitting.
@Suite(.serialized, .tags(.slow), .needs(.tmux))
struct KioskEndToEndTrustTests {
    @Test func wrongCodesLockTheKioskUntilTheProjectorUnlocksIt() throws {
        let (folder, session, binary) = try KioskEndToEndTests.setUp()
        let kiosk = try KioskEndToEndTests.terminal(folder, width: 120, extra: ["SAMSKAB_TEST_SHORT_CODE_WAITS": "1"])
        let projector = try KioskEndToEndTests.terminal(folder, width: 120, height: 35)
        try kiosk.startKiosk(binary, session, "--table 1 --pin 1234")
        for attempt in 1...9 {
            try kiosk.press("C-x")
            try kiosk.waitFor("Facilitatorens kode")
            try kiosk.type("99\(attempt)9")
            try kiosk.press("Enter")
            try kiosk.waitUntil("wrong code \(attempt)") { $0.contains("Forkert kode") }
            // The waits are a hundred times shorter here; a code typed during one is not tried.
            usleep(700_000)
            try kiosk.press("Escape")
        }
        try kiosk.waitFor("Hvem er du?")
        try kiosk.press("C-x")
        try kiosk.type("9999")
        try kiosk.press("Enter")
        try kiosk.waitFor("Kiosken er låst efter 10 forkerte koder")
        // Locked: the right code does not leave.
        try kiosk.press("Escape")
        try kiosk.press("C-x")
        try kiosk.waitFor("facilitatoren låser den op på projektoren (L)")
        try kiosk.type("1234")
        try kiosk.press("Enter")
        usleep(500_000)
        #expect(try kiosk.alternateScreen(), "still in the kiosk")
        #expect(FileManager.default.fileExists(atPath: session + "/kiosk-lockouts/bord-1"))

        // The projector says so and unlocks it with L; the kiosk takes the code again.
        try projector.run("\(binary) run \(session)")
        try projector.waitFor("Kiosk låst efter forkerte koder (bord-1) — tryk L for at låse op")
        try projector.type("L")
        try projector.waitFor("Kiosken er låst op")
        try kiosk.waitFor("Facilitatoren har låst kiosken op", timeout: 3)
        try kiosk.leaveKiosk(pin: "1234")
        #expect(!FileManager.default.fileExists(atPath: session + "/kiosk-lockouts"))
        try projector.quitProjector()
    }

    @Test func anotherSittingUnderTheSameNameChangesNoEarlierNote() throws {
        let (folder, session, binary) = try KioskEndToEndTests.setUp()
        let kiosk = try KioskEndToEndTests.terminal(folder, width: 120)
        try kiosk.startKiosk(binary, session)
        try kiosk.signIn(typing: "åse", as: "Åse Østergaard (MBU)")
        try kiosk.saveNote("Første sidning")
        // Esc on an empty draft: the next person, who picks Åse's name.
        try kiosk.press("Escape")
        try kiosk.waitFor("Hvem er du?")
        try kiosk.signIn(typing: "åse", as: "Åse Østergaard (MBU)")
        try kiosk.press("Tab")
        try kiosk.waitFor("▶ Første sidning")
        try kiosk.type("d")
        try kiosk.waitFor("Du kan kun ændre noter, du har skrevet her")
        try kiosk.press("Enter")
        try kiosk.waitFor("Du kan kun ændre noter, du har skrevet her")
        // A note of this sitting is hers to withdraw.
        try kiosk.press("Escape")
        try kiosk.saveNote("Anden sidning")
        try kiosk.press("Tab")
        try kiosk.waitFor("▶ Anden sidning")
        try kiosk.type("d")
        try kiosk.type("j")
        try kiosk.waitUntil("the second note withdrawn") { !$0.contains("Anden sidning") }
        try kiosk.leaveKiosk(pin: "1234")
        let journal = try JournalFile(session + "/journal.jsonl").lines
        let withdrawn = journal.filter { $0["type"] as? String == "note.withdrawn" }
        #expect(withdrawn.count == 1, "only the second sitting's note: \(withdrawn)")
    }
}
