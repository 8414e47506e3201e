import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabFiles

/// Each way a journal can be hurt gives its documented outcome (docs/journal-format.md).
struct JournalRecoveryTests {
    /// A session at the discussion with three notes: journal lines 1–4.
    static func sessionWithNotes() throws -> (TestFolder, SessionFolder) {
        let test = try TestFolder()
        let folder = try test.start()
        _ = try folder.append(writer: "test") { _ in (.facilitator, .phaseMoved(item: 1)) }
        for text in ["én", "to", "tre"] {
            _ = try folder.append(writer: "test") { _ in (.participant, .noteAdded(NoteDraft(text: text, item: 1))) }
        }
        return (test, folder)
    }

    @Test func aTornTailIsIgnoredByReadersAndQuarantinedByTheNextWriter() throws {
        let (test, _) = try Self.sessionWithNotes()
        let torn = Array(#"{"actor":"participant","id":"abc","item":2,"seq":5,"te"#.utf8)
        try test.appendRaw(torn)

        let reader = try SessionFolder(opening: test.session)
        #expect(reader.damage == nil)
        #expect(reader.state.notes.count == 3)

        let writer = try SessionFolder(opening: test.session)
        let record = try writer.append(writer: "test") { _ in (.participant, .noteAdded(NoteDraft(text: "fire", item: 1))) }
        #expect(record.sequence == 5, "the torn line's sequence number is used again: it was never confirmed")
        #expect(writer.notices.count == 1)
        #expect(writer.notices[0].hasPrefix("the journal ended in an incomplete line (\(torn.count) bytes"))

        let quarantine = test.session + "/quarantine"
        let files = try FileManager.default.contentsOfDirectory(atPath: quarantine)
        #expect(files.count == 1)
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: quarantine + "/" + files[0]))) == torn)
        let lines = try test.journalText().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 6 && lines[5].isEmpty, "five whole lines, nothing glued to the new one")
        #expect(try SessionFolder(opening: test.session).state.notes.values.map(\.text) == ["én", "to", "tre", "fire"])
    }

    @Test func aCorruptMiddleLineOpensReadOnlyAtThatLine() throws {
        let (test, _) = try Self.sessionWithNotes()
        var lines = try test.journalText().split(separator: "\n").map(String.init)
        let offset = lines[0..<2].reduce(0) { $0 + $1.utf8.count + 1 }
        lines[2] = "{ødelagt"
        try test.writeJournal(lines.joined(separator: "\n") + "\n")

        let folder = try SessionFolder(opening: test.session)
        let damage = try #require(folder.damage)
        #expect(damage.line == 3)
        #expect(damage.byteOffset == offset)
        #expect(damage.description == "\(test.journal):3: the journal is damaged at byte \(offset): this line is not a journal event (not valid JSON: expected a string at character 2); the session is open read-only — see docs/journal-format.md, 'Repairing a journal'")
        #expect(folder.state.notes.count == 1, "the state is as of the line before")
        #expect(throws: StorageError(.damaged, damage.description)) {
            try folder.append(writer: "test") { _ in (.facilitator, .phaseMoved(item: 0)) }
        }
        #expect(try test.journalText().split(separator: "\n")[2] == "{ødelagt", "nothing was written or repaired")
    }

    @Test func aMissingLineIsASequenceGap() throws {
        let (test, _) = try Self.sessionWithNotes()
        var lines = try test.journalText().split(separator: "\n").map(String.init)
        lines.remove(at: 1)
        try test.writeJournal(lines.joined(separator: "\n") + "\n")
        let damage = try #require(try SessionFolder(opening: test.session).damage)
        #expect(damage.line == 2)
        #expect(damage.message == "sequence gap: expected 2, found 3 — lines are missing")
    }

    @Test func aRepeatedLineIsADuplicate() throws {
        let (test, _) = try Self.sessionWithNotes()
        let lines = try test.journalText().split(separator: "\n").map(String.init)
        try test.writeJournal((lines + [lines[3]]).joined(separator: "\n") + "\n")
        let damage = try #require(try SessionFolder(opening: test.session).damage)
        #expect(damage.line == 5)
        #expect(damage.message == "sequence number 4 repeats an earlier one (expected 5)")
    }

    @Test func aHandEditThatKeepsTheFormatIsAccepted() throws {
        let (test, _) = try Self.sessionWithNotes()
        let text = try test.journalText().replacingOccurrences(of: #""text":"to""#, with: #""text":"to (rettet i hånden)""#)
        try test.writeJournal(text + "\n\n")
        let folder = try SessionFolder(opening: test.session)
        #expect(folder.damage == nil)
        #expect(folder.state.notes["n3"]?.text == "to (rettet i hånden)")
    }

    @Test func aHandEditThatBreaksARuleIsLocated() throws {
        let (test, _) = try Self.sessionWithNotes()
        var lines = try test.journalText().split(separator: "\n").map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: #""item":2"#, with: #""item":1"#)
        try test.writeJournal(lines.joined(separator: "\n") + "\n")
        let damage = try #require(try SessionFolder(opening: test.session).damage)
        #expect(damage.line == 4)
        #expect(damage.message == "this event breaks a rule of the session: item 1, 'Velkomst' (talk), takes no notes; notes can be added during a discussion, gallery or harvest")
    }

    @Test func aNewerFormatVersionIsRefusedNotGuessed() throws {
        let (test, _) = try Self.sessionWithNotes()
        let text = try test.journalText()
        try test.writeJournal(text + text.split(separator: "\n")[3].replacingOccurrences(of: #""v":2"#, with: #""v":3"#)
            .replacingOccurrences(of: #""seq":4"#, with: #""seq":5"#) + "\n")
        let damage = try #require(try SessionFolder(opening: test.session).damage)
        #expect(damage.message == "this line is not a journal event (format version 3 is not one this samskab reads (it reads 1–2))")
    }
}

struct SessionFolderTests {
    @Test func startCreatesAnOwnerOnlyFolderAndResumesWithoutOverwriting() throws {
        let test = try TestFolder()
        let first = try SessionFolder.start(definition: test.definition, at: test.session, today: TestFolder.today)
        #expect(first.created)
        _ = try first.folder.append(writer: "test") { _ in (.facilitator, .phaseMoved(item: 1)) }
        let journalBefore = try test.journalText()

        let again = try SessionFolder.start(definition: test.definition, at: test.session, today: TestFolder.today)
        #expect(!again.created)
        #expect(again.folder.state.position == 1)
        #expect(try test.journalText() == journalBefore)

        for (name, mode) in [("", 0o700), ("/journal.jsonl", 0o600), ("/definition.yaml", 0o600),
                             ("/session.json", 0o600), ("/files", 0o700), ("/files/folk.csv", 0o600)] {
            let attributes = try FileManager.default.attributesOfItem(atPath: test.session + name)
            #expect((attributes[.posixPermissions] as? Int) == mode, "\(name)")
        }
        #expect(again.folder.state.participants.values.map(\.name) == ["Åse Østergaard"], "the roster CSV was frozen too")
    }

    @Test func aChangedDefinitionIsReportedAndTheFrozenCopyKept() throws {
        let test = try TestFolder()
        _ = try test.start()
        try (TestFolder.definitionText.replacingOccurrences(of: "title: Dag", with: "title: Ny dag"))
            .write(toFile: test.definition, atomically: true, encoding: .utf8)
        let resumed = try SessionFolder.start(definition: test.definition, at: test.session, today: TestFolder.today)
        #expect(resumed.warnings == ["\(test.definition) has changed since this session started; the session keeps its own copy (\(test.session)/definition.yaml)"])
        #expect(resumed.folder.workshop.title == "Dag")
    }

    @Test func aFolderThatIsNotASessionIsRefused() throws {
        let test = try TestFolder()
        try FileManager.default.createDirectory(atPath: test.session, withIntermediateDirectories: true)
        try "x".write(toFile: test.session + "/noget.txt", atomically: true, encoding: .utf8)
        #expect(throws: StorageError(.notASession, "'\(test.session)' exists and is not a session folder (it has no session.json); name another folder with --session")) {
            try SessionFolder.start(definition: test.definition, at: test.session, today: TestFolder.today)
        }
        #expect(throws: StorageError(.notASession, "'\(test.session)' is not a session folder: it has no session.json (a session is made by 'samskab start FILE')")) {
            try SessionFolder(opening: test.session)
        }
    }

    @Test func theDefaultFolderIsNamedAfterTheDefinitionAndDate() throws {
        let workshop = try #require(WorkshopParser.parse(text: TestFolder.definitionText.replacingOccurrences(of: "roster: folk.csv\n", with: "")).workshop)
        #expect(SessionFolder.defaultPath(definition: "Workshops/dag.yaml", workshop: workshop, today: TestFolder.today)
                == "Sessions/dag-2026-11-29")
        var dated = workshop
        dated.date = CalendarDate(year: 2019, month: 8, day: 30)
        #expect(SessionFolder.defaultPath(definition: "Workshops/ledelse-2019-08-30.yaml", workshop: dated, today: TestFolder.today)
                == "Sessions/ledelse-2019-08-30")
    }
}

struct TailingTests {
    @Test func aReaderPicksUpAnotherWritersAppends() throws {
        let test = try TestFolder()
        let writer = try test.start()
        let reader = try SessionFolder(opening: test.session)
        #expect(try reader.refresh() == false)
        _ = try writer.append(writer: "test") { _ in (.facilitator, .phaseMoved(item: 1)) }
        #expect(try reader.refresh())
        #expect(reader.state.position == 1)

        // Half a line is not read until it is whole.
        let line = EventRecord(sequence: 2, id: "x2", time: Timestamp(millisecondsSinceEpoch: 0),
                                                   writer: "test", actor: .participant,
                                                   event: .noteAdded(NoteDraft(text: "halv", item: 1))).line()
        try test.appendRaw(Array(line.prefix(20)))
        #expect(try reader.refresh() == false)
        try test.appendRaw(Array(line.dropFirst(20)))
        #expect(try reader.refresh())
        #expect(reader.state.notes["n2"]?.text == "halv")
    }

    @Test func aTornTailReplacedByALineOfTheSameLengthIsNotMissed() throws {
        let test = try TestFolder()
        let writer = try test.start()
        _ = try writer.append(writer: "test") { _ in (.facilitator, .phaseMoved(item: 1)) }
        let reader = try SessionFolder(opening: test.session)
        func line(_ text: String) -> [UInt8] {
            EventRecord(sequence: 2, id: "x2", time: Timestamp(millisecondsSinceEpoch: 0), writer: "test",
                                            actor: .participant, event: .noteAdded(NoteDraft(text: text, item: 1))).line()
        }
        let whole = line("samme længde")
        let torn = Array(repeating: UInt8(ascii: "x"), count: whole.count)
        try test.appendRaw(torn)
        #expect(try reader.refresh() == false, "half a line is not read")
        // Another writer cuts the torn bytes off and writes a whole line of exactly their length.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: test.journal))
        let size = try Data(contentsOf: URL(fileURLWithPath: test.journal)).count
        try handle.truncate(atOffset: UInt64(size - torn.count))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(whole))
        try handle.close()
        #expect(try reader.refresh())
        #expect(reader.state.notes["n2"]?.text == "samme længde")
    }

    @Test func aReplacedJournalIsReadAgainFromTheStart() throws {
        let test = try TestFolder()
        let writer = try test.start()
        _ = try writer.append(writer: "test") { _ in (.facilitator, .phaseMoved(item: 1)) }
        let reader = try SessionFolder(opening: test.session)
        #expect(reader.state.position == 1)
        // Restore from a backup: an empty journal put in place by rename.
        try Data().write(to: URL(fileURLWithPath: test.journal + ".backup"))
        #expect(rename(test.journal + ".backup", test.journal) == 0)
        #expect(try reader.refresh(), "a replaced journal changes the state")
        #expect(reader.state.position == 0)
        #expect(reader.records.isEmpty)
    }
}
