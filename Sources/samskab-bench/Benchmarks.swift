#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SamskabFiles
import SamskabModel
import SamskabSession

enum Benchmarks {
    struct Options {
        var appends = 1000
        var replayNotes = 10_000
        var writers = 16
        var perWriter = 250
        var folder = ".bench"
    }

    static func run(_ arguments: [String]) -> Int32 {
        var options = Options()
        var iterator = arguments.makeIterator()
        while let flag = iterator.next() {
            guard let value = iterator.next() else { printError("missing value for \(flag)\n"); return 2 }
            switch flag {
            case "--appends": options.appends = Int(value) ?? options.appends
            case "--replay-notes": options.replayNotes = Int(value) ?? options.replayNotes
            case "--writers": options.writers = Int(value) ?? options.writers
            case "--per-writer": options.perWriter = Int(value) ?? options.perWriter
            case "--dir": options.folder = value
            default: printError("unknown option \(flag)\n"); return 2
            }
        }
        do {
            try measure(options)
            return 0
        } catch {
            printError("error: \(error)\n")
            return 1
        }
    }

    static func measure(_ options: Options) throws {
        let root = options.folder + "/run-\(getpid())"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let definition = root + "/bench.yaml"
        try Workload.definition.write(toFile: definition, atomically: true, encoding: .utf8)

        print("samskab-bench — \(options.appends) durable appends, replay of \(options.replayNotes) notes, "
              + "\(options.writers) writers × \(options.perWriter); folder \(options.folder)")
        print("")

        // 1. Durable append latency beside its baselines.
        let journal = try appendLatency(root: root, definition: definition, count: options.appends)
        let bare = bareWriteLatency(path: root + "/bare.jsonl", lines: journal.lines)
        let sqlite = sqliteLatency(path: root + "/bench.sqlite", lines: journal.lines)
        print("| durable append of one note | median | p99 |")
        print("|---|---|---|")
        print("| samskab journal (lock, catch up, check, write, fdatasync) | \(milliseconds(journal.samples.median)) ms | \(milliseconds(journal.samples.p99)) ms |")
        print("| bare write + fdatasync, same bytes | \(milliseconds(bare.median)) ms | \(milliseconds(bare.p99)) ms |")
        print("| SQLite WAL, synchronous=FULL, one INSERT | \(milliseconds(sqlite.median)) ms | \(milliseconds(sqlite.p99)) ms |")
        print("")

        // 2. Replay.
        let replay = try replayTime(root: root, definition: definition, notes: options.replayNotes)
        print("| replay of \(options.replayNotes) notes (\(replay.bytes / 1024) KiB journal), 11 runs | median | fastest |")
        print("|---|---|---|")
        print("| open the session: frozen definition + read + decode (all cores) + fold | \(milliseconds(replay.open.median)) ms | \(milliseconds(replay.open.fastest)) ms |")
        print("| decode only, one core | \(milliseconds(replay.decode.median)) ms | \(milliseconds(replay.decode.fastest)) ms |")
        print("| fold only | \(milliseconds(replay.fold.median)) ms | \(milliseconds(replay.fold.fastest)) ms |")
        print("")

        // 3. Concurrent writers.
        let total = options.writers * options.perWriter
        let ours = try concurrentJournal(root: root, definition: definition, writers: options.writers, perWriter: options.perWriter)
        let theirs = try concurrentSQLite(root: root, writers: options.writers, perWriter: options.perWriter)
        print("| \(options.writers) processes × \(options.perWriter) durable notes at once | wall time | notes/s |")
        print("|---|---|---|")
        print("| samskab journal | \(milliseconds(ours)) ms | \(Int(Double(total) / ours)) |")
        print("| SQLite WAL, synchronous=FULL | \(milliseconds(theirs)) ms | \(Int(Double(total) / theirs)) |")
    }

    static func appendLatency(root: String, definition: String, count: Int) throws -> (samples: Samples, lines: [[UInt8]]) {
        let folder = try SessionFolder.start(definition: definition, at: root + "/latency", today: Workload.today).folder
        var samples = Samples()
        for index in 0..<count {
            samples.add(try Stopwatch.measure {
                _ = try folder.submit(.addNote(NoteRequest(text: Workload.noteText(index), author: .signed(name: "Åse Østergaard"),
                                                           department: "MBU", question: 1)),
                                      by: .participant(id: nil), writer: "bench")
            })
        }
        let lines = folder.records.map { $0.line() }
        return (samples, lines)
    }

    static func bareWriteLatency(path: String, lines: [[UInt8]]) -> Samples {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        defer { close(descriptor) }
        var samples = Samples()
        for line in lines {
            samples.add(Stopwatch.measure {
                _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                _ = fdatasync(descriptor)
            })
        }
        return samples
    }

    static func sqliteLatency(path: String, lines: [[UInt8]]) -> Samples {
        let database = SQLiteBaseline(path: path)
        var samples = Samples()
        for line in lines { samples.add(Stopwatch.measure { database.insert(line) }) }
        return samples
    }

    static func replayTime(root: String, definition: String, notes: Int) throws
        -> (open: Samples, decode: Samples, fold: Samples, bytes: Int) {
        let session = try SessionFolder.start(definition: definition, at: root + "/replay", today: Workload.today).folder
        var bytes: [UInt8] = []
        bytes.reserveCapacity(notes * 300)
        for sequence in 1...notes {
            let record = EventRecord(
                sequence: sequence, id: String(format: "%032x", sequence),
                time: Timestamp(millisecondsSinceEpoch: 1_567_155_600_000 + Int64(sequence) * 50),
                writer: "bench", actor: .participant,
                event: .noteAdded(NoteDraft(text: Workload.noteText(sequence), author: "Åse Østergaard",
                                            department: "MBU", group: "Bord \(sequence % 7 + 1)", item: 0,
                                            question: sequence % 5 + 1)))
            bytes += record.line()
        }
        try Data(bytes).write(to: URL(fileURLWithPath: session.journalPath))
        var openTimes = Samples(), decodeTimes = Samples(), foldTimes = Samples()
        let workshop = session.workshop
        var records: [EventRecord] = []
        for _ in 0..<11 {
            var opened: SessionFolder?
            openTimes.add(try Stopwatch.measure { opened = try SessionFolder(opening: session.path) })
            guard opened?.state.notes.count == notes, opened?.damage == nil else {
                throw BenchFailure("replay read \(opened?.state.notes.count ?? 0) notes, expected \(notes)")
            }
            decodeTimes.add(try Stopwatch.measure {
                records = []
                records.reserveCapacity(notes)
                var start = 0
                for index in bytes.indices where bytes[index] == 0x0A {
                    records.append(try EventRecord(line: bytes[start..<index]))
                    start = index + 1
                }
            })
            foldTimes.add(try Stopwatch.measure { _ = try SessionState.fold(workshop, records) })
        }
        return (openTimes, decodeTimes, foldTimes, bytes.count)
    }

    static func concurrentJournal(root: String, definition: String, writers: Int, perWriter: Int) throws -> Double {
        let session = try SessionFolder.start(definition: definition, at: root + "/concurrent", today: Workload.today).folder
        let elapsed = try Workload.runProcesses(writers) { index in
            ["writer", session.path, String(perWriter), "w\(index)"]
        }
        let check = try SessionFolder(opening: session.path)
        guard check.state.notes.count == writers * perWriter, check.damage == nil else {
            throw BenchFailure("expected \(writers * perWriter) notes, found \(check.state.notes.count)")
        }
        return elapsed
    }

    static func concurrentSQLite(root: String, writers: Int, perWriter: Int) throws -> Double {
        let path = root + "/concurrent.sqlite"
        _ = SQLiteBaseline(path: path) // create the schema before the writers race
        return try Workload.runProcesses(writers) { index in ["sqlite-writer", path, String(perWriter), "w\(index)"] }
    }
}

enum Workload {
    static let today = CalendarDate(year: 2026, month: 11, day: 29)!

    static let definition = """
        title: Benchmark
        departments:
          - code: MBU
            name: Børn og Unge
        program:
          - kind: discussion
            title: "Gruppedrøftelse: Ledelse af samskabelse"
            questions: [Et, To, Tre, Fire, Fem]
            minutes: 45

        """

    static func noteText(_ index: Int) -> String {
        "Note \(index): Vi skal turde samskabe på tværs af magistratsafdelingerne — æøå 🍎"
    }

    /// Runs `count` copies of this program at once; returns the wall time until all ended.
    static func runProcesses(_ count: Int, arguments: (Int) -> [String]) throws -> Double {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var processes: [Process] = []
        let start = Stopwatch.now()
        for index in 0..<count {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments(index)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            processes.append(process)
        }
        for process in processes {
            process.waitUntilExit()
            if process.terminationStatus != 0 { throw BenchFailure("a writer process failed (\(process.terminationStatus))") }
        }
        return Stopwatch.now() - start
    }
}
