import Foundation
import SamskabFiles

/// `samskab-bench crash-states`: every crash state of the scripted day recovered (issue 22,
/// item 5b), then the full fault sweep (item 5a: every failure, once and for good, at every k).
/// Ends with the line `crash states: N, lost acknowledged events: L`.
enum CrashBench {
    static func run() -> Int32 {
        let clock = ContinuousClock()
        var started = clock.now
        let faults = FaultProof.run(everyFailure: true)
        let faultTime = clock.now - started
        print("fault sweep: \(faults.days) days, calls \(faults.calls.sorted { $0.key < $1.key }), "
              + "acknowledged \(faults.acknowledged), refused by a fault \(faults.refused), "
              + "lost \(faults.lostAcknowledged), problems \(faults.problems) (\(faultTime))")
        if let problem = faults.firstProblem { print("first problem: \(problem)") }
        started = clock.now
        let crashes = CrashProof.run()
        let crashTime = clock.now - started
        print("day: \(crashes.acknowledged) events acknowledged, \(crashes.refused) refused, \(crashes.logLength) changes; "
              + "\(crashes.startedInFull) states recovered in full by start, unrecovered \(crashes.unrecovered) (\(crashTime))")
        if let problem = crashes.firstProblem { print("first problem: \(problem)") }
        print("crash states: \(crashes.states), lost acknowledged events: \(crashes.lostAcknowledged + faults.lostAcknowledged)")
        return crashes.lostAcknowledged + faults.lostAcknowledged == 0 && crashes.unrecovered == 0 && faults.problems == 0 ? 0 : 1
    }
}
