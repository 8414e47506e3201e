#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession

/// What the projector costs a terminal: the bytes it writes (tmux pipe-pane counts them) while
/// only the countdown runs, to show one new note, and for a full repaint; how long the first
/// frame of a 10,000-note session takes (opening and drawing in process, and a new process in
/// tmux beside one for a session without notes); and how long a 2,000-character paste takes to
/// appear.
enum TerminalBench {
    static let definition = """
        title: Benchmark
        departments:
          - code: MBU
            name: Børn og Unge
        program:
          - kind: talk
            title: Velkomst
            speaker: Direktørgruppen
            minutes: 15
          - kind: discussion
            title: "Gruppedrøftelse: Ledelse af samskabelse"
            questions: [Et, To, Tre, Fire, Fem]
            minutes: 45

        """

    static func run() -> Int32 {
        do {
            try measure()
            return 0
        } catch {
            printError("error: \(error)\n")
            return 1
        }
    }

    static func measure() throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("samskab").path
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("samskab-terminal-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try definition.write(toFile: root + "/bench.yaml", atomically: true, encoding: .utf8)
        let today = CalendarDate(year: 2026, month: 11, day: 29)!

        print("| projector in a 200×60 terminal (tmux 3, TERM=screen) | bytes |")
        print("|---|---|")

        // 1. Only the countdown runs.
        let talk = try SessionFolder.start(definition: root + "/bench.yaml", at: root + "/talk", today: today).folder
        _ = try talk.append(writer: "bench") { _ in (.facilitator, .timerStarted(item: 0)) }
        let countdown = try Screen(binary: binary, session: talk.path, log: root + "/countdown.log")
        try countdown.waitFor("Velkomst")
        usleep(1_500_000)
        let start = countdown.bytes()
        let seconds = 10.0
        usleep(UInt32(seconds * 1_000_000))
        print("| per second while only the countdown runs (10 s) | \(Int(Double(countdown.bytes() - start) / seconds)) B/s |")
        countdown.stop()

        // 2. One new note on a 100-note board, and a full repaint for comparison.
        let board = try SessionFolder.start(definition: root + "/bench.yaml", at: root + "/board", today: today).folder
        _ = try board.append(writer: "bench") { _ in (.facilitator, .phaseMoved(item: 1)) }
        _ = try board.append(writer: "bench") { _ in (.facilitator, .timerPaused(item: 1)) }
        for index in 0..<100 {
            _ = try board.append(writer: "bench") { _ in
                (.participant, .noteAdded(NoteDraft(text: "Note \(index): tillid og samskabelse på tværs", author: "Åse Østergaard",
                                                    item: 1, question: index % 5 + 1)))
            }
        }
        let screen = try Screen(binary: binary, session: board.path, log: root + "/board.log")
        try screen.waitFor("100 noter")
        usleep(1_000_000)
        var before = screen.bytes()
        _ = try board.append(writer: "bench") { _ in
            (.participant, .noteAdded(NoteDraft(text: "Æblegrød på Ærø 🍎 — den nye note", item: 1, question: 3)))
        }
        try screen.waitFor("Æblegrød på Ærø")
        usleep(1_000_000)
        print("| to show one new note on a 100-note board | \(screen.bytes() - before) B |")
        before = screen.bytes()
        screen.tmux("send-keys -t t C-l")
        usleep(1_500_000)
        print("| a full repaint of the same board (Ctrl-L) | \(screen.bytes() - before) B |")
        screen.stop()
        print("")

        // 3. First frame on a 10,000-note session.
        let big = try SessionFolder.start(definition: root + "/bench.yaml", at: root + "/big", today: today).folder
        var bytes: [UInt8] = []
        bytes += EventRecord(sequence: 1, id: "move", time: Timestamp(millisecondsSinceEpoch: 0), writer: "bench",
                                                 actor: .facilitator, event: .phaseMoved(item: 1)).line()
        for sequence in 2...10_001 {
            bytes += EventRecord(
                sequence: sequence, id: String(format: "%032x", sequence), time: Timestamp(millisecondsSinceEpoch: Int64(sequence)),
                writer: "bench", actor: .participant,
                event: .noteAdded(NoteDraft(text: "Note \(sequence): samskabelse kræver tillid 🍎", author: "Åse Østergaard",
                                            item: 1, question: sequence % 5 + 1))).line()
        }
        try Data(bytes).write(to: URL(fileURLWithPath: big.journalPath))
        var inProcess = Samples(), opening = Samples(), drawing = Samples()
        for _ in 0..<5 {
            let started = Stopwatch.now()
            let folder = try SessionFolder(opening: big.path)
            let opened = Stopwatch.now()
            let frame = ProjectorFrame(state: folder.state, view: ProjectorView(language: .danish),
                                       now: Timestamp(millisecondsSinceEpoch: 0), utcOffsetSeconds: 0)
            _ = ProjectorScreen.render(frame, width: 200, height: 60)
            let drawn = Stopwatch.now()
            inProcess.add(drawn - started)
            opening.add(opened - started)
            drawing.add(drawn - opened)
        }
        // The same from a new process each time, alternating with a session without notes:
        // what starting a process, the runtime, argument parsing, the terminal and tmux cost.
        let empty = try SessionFolder.start(definition: root + "/bench.yaml", at: root + "/empty", today: today).folder
        _ = try empty.append(writer: "bench") { _ in (.facilitator, .phaseMoved(item: 1)) }
        var launches = Samples(), emptyLaunches = Samples()
        for _ in 0..<5 {
            for (session, ready) in [(big.path, "10000 noter"), (empty.path, "Ingen noter endnu")] {
                let launched = Stopwatch.now()
                let screen = try Screen(binary: binary, session: session, log: root + "/big.log")
                try screen.waitFor(ready, pollMicroseconds: 2_000)
                let elapsed = Stopwatch.now() - launched
                screen.stop()
                if session == big.path { launches.add(elapsed) } else { emptyLaunches.add(elapsed) }
                usleep(200_000)
            }
        }
        print("| first frame of a 10,000-note session, median of 5 | time |")
        print("|---|---|")
        print("| open (replay) + draw the frame, in process | \(milliseconds(inProcess.median)) ms |")
        print("| open (replay), in process | \(milliseconds(opening.median)) ms |")
        print("| draw the frame, in process | \(milliseconds(drawing.median)) ms |")
        print("| `samskab run` started in tmux until the frame is on screen | \(milliseconds(launches.median)) ms |")
        print("| the same for a session without notes (process start, terminal, tmux) | \(milliseconds(emptyLaunches.median)) ms |")
        print("")

        // 4. A 2,000-character paste (tmux's bracketed paste) until its last word is on screen.
        let pasted = String(repeating: "samskabelse på tværs af afdelinger ", count: 57).prefix(1_995) + " SLUT"
        let paste = try SessionFolder.start(definition: root + "/bench.yaml", at: root + "/paste", today: today).folder
        _ = try paste.append(writer: "bench") { _ in (.facilitator, .phaseMoved(item: 1)) }
        print("| a 2,000-character paste until its end is on screen, median of 5 | time |")
        print("|---|---|")
        for (name, command, ready, opener) in [
            ("the kiosk's note editor", "\(binary) join \(paste.path) --name Bench --department MBU --pin 1234", "Du skriver som", ""),
            ("the projector's scribe prompt (s)", "\(binary) run \(paste.path)", "Ingen noter endnu", "s"),
        ] {
            var samples = Samples()
            for _ in 0..<5 {
                let screen = try Screen(command: command, log: root + "/paste.log")
                try screen.waitFor(ready)
                if !opener.isEmpty { screen.tmux("send-keys -t t -l \(opener)") }
                usleep(300_000)
                screen.tmux("set-buffer -- '\(pasted)'")
                let started = Stopwatch.now()
                screen.tmux("paste-buffer -p -t t")
                try screen.waitFor("SLUT", pollMicroseconds: 2_000)
                samples.add(Stopwatch.now() - started)
                screen.stop()
            }
            print("| \(name) | \(milliseconds(samples.median)) ms |")
        }
    }

    /// A private tmux server running `samskab run` with its output counted by pipe-pane.
    final class Screen {
        let socket = "samskab-bench-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        let log: String

        convenience init(binary: String, session: String, log: String) throws {
            try self.init(command: "\(binary) run \(session)", log: log)
        }

        init(command: String, log: String) throws {
            self.log = log
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            tmux("new-session -d -s t -x 200 -y 60 'TERM=screen TZ=Europe/Copenhagen LANG=C.UTF-8 \(command)'")
            tmux("pipe-pane -t t -o 'cat >> \(log)'")
        }

        @discardableResult
        func tmux(_ arguments: String) -> String {
            // popen/system, not Foundation's Process: the tmux server would inherit its pipes.
            guard let pipe = popen("tmux -L \(socket) -f /dev/null \(arguments) 2>/dev/null", "r") else { return "" }
            var output = ""
            var buffer = [CChar](repeating: 0, count: 4096)
            while fgets(&buffer, Int32(buffer.count), pipe) != nil {
                output += String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            pclose(pipe)
            return output
        }

        func waitFor(_ text: String, pollMicroseconds: UInt32 = 20_000) throws {
            let deadline = Stopwatch.now() + 20
            while Stopwatch.now() < deadline {
                if tmux("capture-pane -p -t t").contains(text) { return }
                usleep(pollMicroseconds)
            }
            throw BenchFailure("'\(text)' never appeared on the benchmark's screen")
        }

        func bytes() -> Int {
            (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
        }

        func stop() {
            tmux("kill-server")
        }
    }
}
