import Foundation
import Testing
import SamskabSession
@testable import SamskabFiles

/// Hand-edited journals and odd session folders: cleaned, refused or warned about, never trusted.
struct HostileJournalTests {
    static func line(_ sequence: Int, _ payload: String) -> String {
        #"{"v":2,"seq":\#(sequence),"id":"h\#(sequence)","time":"2019-08-30T07:00:0\#(sequence).000Z","writer":"hand","actor":"participant",\#(payload)}"#
    }

    @Test func escapeSequencesAndControlsInAHandEditedLineNeverReachTheState() throws {
        let test = try TestFolder()
        _ = try test.start()
        let lines = [
            Self.line(1, #""actor2":1,"type":"phase.moved","item":2"#).replacingOccurrences(of: "\"actor\":\"participant\"", with: "\"actor\":\"facilitator\""),
            Self.line(2, ##""type":"note.added","item":2,"question":1,"text":"før \u001b]0;hacked\u0007 efter \u001b[31mRØD\u001b[0m \u0000slut\u202e""##),
            Self.line(3, "\"type\":\"note.added\",\"item\":2,\"question\":1,\"text\":\"rå\u{7F}DEL og C1\u{85}\"") ,
        ]
        try test.writeJournal(lines.joined(separator: "\n") + "\n")
        let folder = try SessionFolder(opening: test.session)
        #expect(folder.damage == nil)
        #expect(folder.state.notes["n2"]?.text == "før  efter RØD slut")
        #expect(folder.state.notes["n3"]?.text == "råDEL og C1")
    }

    @Test func aNoteOfHiddenJoinersIsRefusedByItsBytes() throws {
        let test = try TestFolder()
        let folder = try test.start()
        _ = try folder.submit(.movePhase(.next), by: .facilitator, writer: "test")
        let hidden = "a" + String(repeating: "\u{200D}", count: 10_000)
        #expect(hidden.count == 1, "one character to the eye")
        #expect(throws: SessionError.self) { try NoteText.clean(hidden) }
        #expect(throws: StorageError.self) {
            try folder.submit(.addNote(NoteRequest(text: hidden)), by: .participant(id: nil), writer: "test")
        }
    }

    @Test func aFolderOrJournalOthersCanChangeOrALinkedJournalIsSaid() throws {
        let test = try TestFolder()
        _ = try test.start()
        chmod(test.session, 0o777)
        var notices = try SessionFolder(opening: test.session).notices
        #expect(notices.contains { $0.contains("can be changed by other users (mode 777)") })
        chmod(test.session, 0o700)
        chmod(test.journal, 0o666)
        notices = try SessionFolder(opening: test.session).notices
        #expect(notices.contains { $0.contains("the journal") && $0.contains("mode 666") })

        let other = try TestFolder()
        _ = try other.start()
        try FileManager.default.removeItem(atPath: test.journal)
        try FileManager.default.createSymbolicLink(atPath: test.journal, withDestinationPath: other.journal)
        // Refused, not read through (issue 22: every file a session reads is opened without following links).
        #expect {
            try SessionFolder(opening: test.session)
        } throws: { error in
            (error as? StorageError)?.message.contains("is a symbolic link (to \(other.journal)); a session reads and writes only its own journal") == true
        }
    }
}
