import SamskabSession

/// I/O faults over a scripted day (issue 22, item 5a): the k-th open, write, sync or rename
/// fails — for every k the day reaches — and every command is then either acknowledged and
/// durable or refused with a message; once the disk is well again, the session reopens (as it
/// is, and after a power cut at the end) with every acknowledged event, and takes the next one.
public enum FaultProof {
    public struct Report: Sendable {
        /// Days run, each with one fault.
        public var days = 0
        /// Calls of each kind in a day without faults.
        public var calls: [String: Int] = [:]
        public var acknowledged = 0
        /// Commands refused because of a fault (with their message).
        public var refused = 0
        public var lostAcknowledged = 0
        /// Days after which the session did not reopen, or a command was refused without words.
        public var problems = 0
        public var firstProblem: String?
    }

    /// - Parameter everyFailure: every failure, once and for good, at every k (the benchmark);
    ///   otherwise one per k, taken in turn (the test suite).
    public static func run(everyFailure: Bool) -> Report {
        let memo = DefinitionMemo()
        var report = Report()
        let counting = FaultyFileSystem(MemoryFileSystem(files: ScriptedDay.files, memo: memo))
        let clean = ScriptedDay.run(on: counting) { 0 }
        for call in FaultyFileSystem.Call.allCases { report.calls[call.rawValue] = counting.counts[call, default: 0] }
        for call in FaultyFileSystem.Call.allCases {
            let failures: [FaultyFileSystem.Failure] = call == .write ? [.io, .full, .short] : [.io, .full]
            for number in 1...max(1, counting.counts[call, default: 0]) {
                let choices: [(FaultyFileSystem.Failure, Bool)] = everyFailure
                    ? failures.flatMap { [($0, false), ($0, true)] }
                    : [(failures[number % failures.count], number % 2 == 0)]
                for (failure, forGood) in choices {
                    let fault = FaultyFileSystem.Fault(call: call, number: number, failure: failure, forGood: forGood)
                    day(with: fault, memo: memo, cleanRefusals: clean.refused.count, into: &report)
                }
            }
        }
        return report
    }

    static func day(with fault: FaultyFileSystem.Fault, memo: DefinitionMemo, cleanRefusals: Int,
                            into report: inout Report) {
        report.days += 1
        let memory = MemoryFileSystem(files: ScriptedDay.files, memo: memo)
        let files = FaultyFileSystem(memory, fault: fault)
        let outcome = ScriptedDay.run(on: files) { memory.log.count }
        report.acknowledged += outcome.acknowledged.count
        report.refused += max(0, outcome.refused.count - cleanRefusals)
        func problem(_ text: String) {
            report.problems += 1
            if report.firstProblem == nil { report.firstProblem = "\(fault): \(text)" }
        }
        if outcome.refused.contains(where: { $0.message.isEmpty }) { problem("a command was refused without a message") }
        files.fault = nil
        let acknowledged = outcome.acknowledged.map(\.id)

        // The disk is well again: the same process goes on, and a new one opens the session.
        if let folder = outcome.folder {
            do {
                _ = try folder.submit(.addAction(text: "Efter fejlen", owner: nil, due: nil), by: .facilitator,
                                      writer: "samskab proof")
            } catch {
                problem("the next command in the same process failed: \(error.message)")
            }
        }
        do {
            let folder = try SessionFolder.start(definition: ScriptedDay.definitionPath, at: ScriptedDay.sessionPath,
                                                 today: ScriptedDay.today, files: files).folder
            let found = Set(folder.records.map(\.id))
            let lost = acknowledged.filter { !found.contains($0) }.count
            report.lostAcknowledged += lost
            if folder.damage != nil || lost > 0 { problem("reopened: \(lost) acknowledged events missing, damage: \(folder.damage?.message ?? "none")") }
        } catch {
            report.lostAcknowledged += acknowledged.count
            problem("the session does not reopen: \(error.message)")
        }
        // A power cut at the end: only what was synced is there.
        let durable = CrashStates(start: memory.start, log: memory.log).durable()
        var full = 0
        let cut = CrashProof.recover(durable, acknowledged: acknowledged, base: nil, memo: memo, full: &full)
        report.lostAcknowledged += cut.lost
        if let text = cut.problem { problem("after a power cut: \(text)") }
    }
}
