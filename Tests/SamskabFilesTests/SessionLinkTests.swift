import Foundation
import Testing
import SamskabSession
@testable import SamskabFiles

/// Issue 22: every file a session reads is read as itself, never through a symbolic link, and a
/// journal that is not a plain file of its own is refused or warned about with the reason.
struct SessionLinkTests {
    static func refusal(_ session: String) -> String? {
        do {
            _ = try SessionFolder(opening: session)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aLinkedFrozenDefinitionIsRefusedWithoutQuotingWhatItLinksTo() throws {
        let test = try TestFolder()
        _ = try test.start()
        let secret = test.path + "/hemmelig.txt"
        try "SECRET_TOKEN=hunter2\nanden linje\n".write(toFile: secret, atomically: true, encoding: .utf8)
        let frozen = test.session + "/" + SessionFolder.definitionName
        try FileManager.default.removeItem(atPath: frozen)
        try FileManager.default.createSymbolicLink(atPath: frozen, withDestinationPath: secret)
        let message = try #require(Self.refusal(test.session))
        #expect(message.contains("is a symbolic link; a session's frozen definition is read only as itself"), "\(message)")
        #expect(!message.contains("SECRET_TOKEN") && !message.contains("hunter2"), "\(message)")
    }

    @Test func aLinkedRosterInTheSessionIsRefused() throws {
        let test = try TestFolder()
        _ = try test.start()
        let files = test.session + "/files"
        let roster = try #require(try FileManager.default.contentsOfDirectory(atPath: files).first)
        try FileManager.default.removeItem(atPath: files + "/" + roster)
        try "navn;afdeling\nÅse Østergaard;MBU\n".write(toFile: test.session + "/andet.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: files + "/" + roster, withDestinationPath: test.session + "/andet.csv")
        let message = try #require(Self.refusal(test.session))
        #expect(message.contains("a symbolic link"), "\(message)")
    }

    @Test func aJournalThatIsAFIFOIsRefusedNotReadAsAnEmptyDay() throws {
        let test = try TestFolder()
        _ = try test.start()
        try FileManager.default.removeItem(atPath: test.journal)
        #expect(mkfifo(test.journal, 0o600) == 0)
        let message = try #require(Self.refusal(test.session))
        #expect(message.contains("is a FIFO, not a regular file"), "\(message)")
    }

    @Test func aHardLinkedJournalIsWarnedAbout() throws {
        let test = try TestFolder()
        let folder = try test.start()
        _ = try folder.submit(.movePhase(.next), by: .facilitator, writer: "test")
        #expect(link(test.journal, test.path + "/kopi.jsonl") == 0)
        let notices = try SessionFolder(opening: test.session).notices
        #expect(notices.contains { $0.contains("has 2 names (hard links)") }, "\(notices)")
    }

    @Test func aJournalOfAnotherUserIsWarnedAbout() throws {
        // Only root can give a file away.
        guard geteuid() == 0 else { return }
        let test = try TestFolder()
        _ = try test.start()
        #expect(chown(test.journal, 4242, 4242) == 0)
        let notices = try SessionFolder(opening: test.session).notices
        #expect(notices.contains { $0.contains("belongs to another user (uid 4242)") }, "\(notices)")
    }
}
