import Foundation
import Testing

/// A kiosk reached as the README recommends — `ssh` with `command="samskab join …"` — gets no
/// LANG from most clients. Run here with every locale variable removed, as sshd leaves them.
@Suite(.serialized, .tags(.slow), .needs(.tmux))
struct LocaleEndToEndTests {
    static let noLocale = "env -u LANG -u LC_ALL -u LC_CTYPE -u LANGUAGE"

    @Test func withNoLocaleAtAllTheKioskAssumesUTF8() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let binary = try BinaryRunner.binary.path
        let kiosk = try Tmux(width: 100, height: 30, directory: folder, environment: ["TZ": "Europe/Copenhagen"])
        try kiosk.run("\(Self.noLocale) \(binary) join \(session) --pin 1234")
        try kiosk.waitFor("Hvem er du?")
        try kiosk.signIn(typing: "åse", as: "Åse Østergaard (MBU)")
        try kiosk.press("Down")
        try kiosk.saveNote("Over ssh 🍎 bar")
        let texts = try JournalFile(session + "/journal.jsonl").lines.compactMap { $0["text"] as? String }
        #expect(texts == ["Over ssh 🍎 bar"], "nothing after the emoji is lost")
    }

    @Test func aLocaleOfAnotherCharacterSetOrAsciiWritesDanishTheDanishWay() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let binary = try BinaryRunner.binary.path
        let kiosk = try Tmux(width: 100, height: 30, directory: folder, environment: ["TZ": "Europe/Copenhagen"])
        try kiosk.run("\(Self.noLocale) LANG=da_DK.ISO-8859-1 \(binary) join \(session) --pin 1234")
        try kiosk.waitFor("Terminalen bruger ikke UTF-8")
        try kiosk.waitFor("Aase Oestergaard (MBU)")
        let projector = try Tmux(width: 100, height: 30, directory: folder, environment: ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"])
        try projector.run("\(binary) run \(session) --ascii")
        try projector.waitFor("Hvad har jeg brug for hjaelp til?")
        #expect(!(try projector.screen()).contains("ø"), "--ascii draws only ASCII")
    }
}
