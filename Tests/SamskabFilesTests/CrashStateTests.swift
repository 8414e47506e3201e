import Foundation
import Testing
import SamskabSession
@testable import SamskabFiles

/// Power cuts at every moment of a scripted day (issue 22, item 5b; docs/journal-format.md,
/// "Power cuts"): every crash state recovers with every acknowledged event.
struct CrashStateTests {
    @Test func theScriptedDayRunsInMemory() throws {
        let files = MemoryFileSystem(files: ScriptedDay.files)
        let day = ScriptedDay.run(on: files) { files.log.count }
        #expect(day.sessionMade != nil)
        #expect(day.refused.map(\.kind) == [.rule], "only the note on the break is refused: \(day.refused)")
        #expect(day.acknowledged.count == ScriptedDay.commands.count - 1)
        let folder = try SessionFolder(opening: ScriptedDay.sessionPath, files: files)
        #expect(folder.damage == nil)
        #expect(folder.records.map(\.id) == day.acknowledged.map(\.id))
    }

    @Test func everyCrashStateRecoversWithEveryAcknowledgedEvent() {
        let clock = ContinuousClock()
        let started = clock.now
        let report = CrashProof.run()
        print("crash states: \(report.states), lost acknowledged events: \(report.lostAcknowledged), unrecovered \(report.unrecovered), full \(report.startedInFull), log \(report.logLength), \(clock.now - started)")
        #expect(report.states >= 10_000)
        #expect(report.lostAcknowledged == 0)
        #expect(report.unrecovered == 0, "\(report.firstProblem ?? "")")
    }

    /// A power cut can leave an extending write's later sector on the disk without an earlier
    /// one: the last line then begins with zeros. It was never acknowledged (a synced line is
    /// whole), so it is a torn tail, not damage; before this rule the session opened read-only.
    @Test func aLastLineWithZerosFromAPowerCutIsATornTail() throws {
        let (test, _) = try JournalRecoveryTests.sessionWithNotes()
        let holed = [UInt8](repeating: 0, count: 40) + Array(#"ekst","type":"note.added"}"#.utf8) + [0x0A]
        try test.appendRaw(holed)
        let reader = try SessionFolder(opening: test.session)
        #expect(reader.damage == nil)
        #expect(reader.state.notes.count == 3)
        let writer = try SessionFolder(opening: test.session)
        let record = try writer.append(writer: "test") { _ in (.participant, .noteAdded(NoteDraft(text: "fire", item: 1))) }
        #expect(record.sequence == 5)
        let quarantine = test.session + "/quarantine"
        let files = try FileManager.default.contentsOfDirectory(atPath: quarantine)
        #expect(try files.map { try Array(Data(contentsOf: URL(fileURLWithPath: quarantine + "/" + $0))) } == [holed])
        #expect(try SessionFolder(opening: test.session).state.notes.values.map(\.text) == ["én", "to", "tre", "fire"])
    }

    @Test func aLineWithZerosBeforeWholeLinesIsStillDamage() throws {
        let (test, folder) = try JournalRecoveryTests.sessionWithNotes()
        try test.appendRaw([UInt8](repeating: 0, count: 10) + [0x0A])
        _ = folder
        let lines = try test.journalText().split(separator: "\n").map(String.init)
        try test.appendRaw(Array((lines[3] + "\n").utf8))
        let damage = try #require(try SessionFolder(opening: test.session).damage)
        #expect(damage.line == 5)
    }
}
