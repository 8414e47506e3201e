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
}
