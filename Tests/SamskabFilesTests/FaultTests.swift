import Foundation
import Testing
import SamskabSession
@testable import SamskabFiles

/// The k-th open, write, sync or rename of a scripted day fails (issue 22, item 5a;
/// docs/journal-format.md, "Faults and power cuts").
struct FaultTests {
    @Test func everyCommandIsAcknowledgedAndDurableOrRefusedWithAMessage() {
        let clock = ContinuousClock()
        let started = clock.now
        let report = FaultProof.run(everyFailure: false)
        print("fault days: \(report.days), calls \(report.calls), acknowledged \(report.acknowledged), refused \(report.refused), lost \(report.lostAcknowledged), \(clock.now - started)")
        #expect(report.days >= 100)
        #expect(report.refused > 0, "the faults were felt")
        #expect(report.lostAcknowledged == 0)
        #expect(report.problems == 0, "\(report.firstProblem ?? "")")
    }

    /// Found by the full sweep: with the second read of the definition failing once, `start`
    /// built a session without its roster, which then never opened.
    @Test func aFailedSecondReadOfTheDefinitionBuildsNoSession() {
        var report = FaultProof.Report()
        let fault = FaultyFileSystem.Fault(call: .open, number: 6, failure: .io, forGood: false)
        FaultProof.day(with: fault, memo: DefinitionMemo(), cleanRefusals: 1, into: &report)
        #expect(report.problems == 0, "\(report.firstProblem ?? "")")
        #expect(report.lostAcknowledged == 0)
    }
}
