import SamskabSession

/// Power cuts over a scripted day (issue 22, item 5b): the day runs on a recording file system
/// in memory, and every crash state of its log (`CrashStates`) is recovered by the real code —
/// the reader, and the next writer, which moves a torn tail aside — and must hold every event
/// acknowledged before the cut.
///
/// Recovering a state in full (`samskab start`, which resumes the session: the frozen definition
/// parsed, the whole journal read) is done for every state whose journal does not begin with
/// the durable journal of its moment; the others, thousands of them sharing that beginning, are
/// read from where a reader of it stopped (`SessionFolder(continuing:files:)`, the follower's
/// path), the rest of their journal through the same scanner and fold.
public enum CrashProof {
    public struct Report: Sendable {
        /// Crash states recovered.
        public var states = 0
        /// Of them, recovered in full by `start`.
        public var startedInFull = 0
        /// Acknowledged events missing after recovery, over all states.
        public var lostAcknowledged = 0
        /// States that did not recover (an error, a journal read as damaged).
        public var unrecovered = 0
        /// The first problem found, said in words.
        public var firstProblem: String?
        /// Events acknowledged over the day, and commands refused (by the engine, on purpose).
        public var acknowledged = 0
        public var refused = 0
        /// Changes the day made to the file system.
        public var logLength = 0
    }

    public static func run() -> Report {
        let files = MemoryFileSystem(files: ScriptedDay.files)
        let day = ScriptedDay.run(on: files) { files.log.count }
        var report = Report()
        report.acknowledged = day.acknowledged.count
        report.refused = day.refused.count
        report.logLength = files.log.count
        var base: Base?
        var basePrefix = -1
        let memo = DefinitionMemo()
        CrashStates(start: files.start, log: files.log).forEach { prefix, tree in
            if prefix != basePrefix {
                // The first state of a moment is its durable one: the base of the others.
                basePrefix = prefix
                base = Base(tree, after: base, memo: memo)
            }
            report.states += 1
            let acknowledged = day.acknowledged.prefix { $0.logLength <= prefix }.map(\.id)
            let outcome = recover(tree, acknowledged: acknowledged, base: base, memo: memo, full: &report.startedInFull)
            report.lostAcknowledged += outcome.lost
            if let problem = outcome.problem {
                report.unrecovered += 1
                if report.firstProblem == nil { report.firstProblem = "after \(prefix) of \(files.log.count) changes: \(problem)" }
            }
        }
        return report
    }

    /// A reader of one moment's durable journal, and the bytes it read.
    struct Base {
        var folder: SessionFolder
        var journal: ArraySlice<UInt8>
        var inode: Int

        init?(_ tree: FileTree, after previous: Base?, memo: DefinitionMemo) {
            let files = MemoryFileSystem(tree: tree, memo: memo)
            let path = ScriptedDay.sessionPath + "/" + SessionFolder.journalName
            guard let inode = tree.inode(path), let bytes = files.contents(path) else { return nil }
            if let previous, previous.inode == inode, files.contents(path, beginWith: previous.journal),
               let folder = try? SessionFolder(continuing: previous.folder, files: files) {
                self.folder = folder
            } else if let folder = try? SessionFolder(opening: ScriptedDay.sessionPath, files: files) {
                self.folder = folder
            } else {
                return nil
            }
            guard folder.damage == nil else { return nil }
            self.journal = bytes[..<folder.scanner.scan.completeLength]
            self.inode = inode
        }
    }

    /// Recovers one crash state as the facilitator would: open the session (or `start` it again),
    /// then one more command. Returns how many acknowledged events are missing, and what went
    /// wrong if anything did.
    static func recover(_ tree: FileTree, acknowledged: [String], base: Base?, memo: DefinitionMemo, full: inout Int)
        -> (lost: Int, problem: String?) {
        let files = MemoryFileSystem(tree: tree, memo: memo)
        let journalPath = ScriptedDay.sessionPath + "/" + SessionFolder.journalName
        let folder: SessionFolder
        do {
            if let base, tree.inode(journalPath) == base.inode, files.contents(journalPath, beginWith: base.journal) {
                folder = try SessionFolder(continuing: base.folder, files: files)
            } else {
                full += 1
                folder = try SessionFolder.start(definition: ScriptedDay.definitionPath, at: ScriptedDay.sessionPath,
                                                 today: ScriptedDay.today, files: files).folder
            }
        } catch {
            return (acknowledged.count, "the session does not open: \(error.message)")
        }
        let found = Set(folder.records.map(\.id))
        let lost = acknowledged.filter { !found.contains($0) }.count
        if let damage = folder.damage { return (lost, "read-only: \(damage.message)") }
        if lost > 0 { return (lost, "\(lost) acknowledged events missing") }
        // The next writer: a torn tail is moved aside, the new line follows the last whole one.
        let kept = (files.contents(journalPath) ?? []).prefix(folder.scanner.scan.completeLength)
        let tail = folder.scanner.scan.tail
        let written: EventRecord
        do {
            written = try folder.submit(.addAction(text: "Efter strømsvigt", owner: nil, due: nil), by: .facilitator,
                                        writer: "samskab proof")
        } catch {
            return (0, "the next command failed: \(error.message)")
        }
        let line = written.line()
        guard let after = files.contents(journalPath), after.count == kept.count + line.count,
              files.contents(journalPath, beginWith: kept), after[kept.count...].elementsEqual(line) else {
            return (0, "the journal is not its whole lines and the new one after recovery")
        }
        if !tail.isEmpty {
            let quarantine = ScriptedDay.sessionPath + "/quarantine"
            guard let name = files.entries(quarantine)?.first,
                  files.contents(quarantine + "/" + name)?.elementsEqual(tail) == true else {
                return (0, "the torn tail was not moved to quarantine/")
            }
        }
        return (0, nil)
    }
}
