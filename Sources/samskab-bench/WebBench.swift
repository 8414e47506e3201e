#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SamskabFiles
import SamskabModel
import SamskabSession

/// `samskab-bench web [--clients N] [--seconds S] [--notes reload|quiet|engine|none] [--every E]`:
/// the real `samskab serve` on loopback and N simulated phones (default 200), each entering the
/// room code, choosing to write anonymously, holding a live-update stream open and
/// (`WebBenchMode`) posting a note every E ± 0.5 seconds (default 6.5, under the page's limit of 10
/// a minute) for S seconds (default 60).
/// Prints the save latency (the POST until the server's answer, which comes only once the note is
/// durable), the fan-out (from a note's acknowledged save until its sequence number arrives on
/// each other phone's stream, read by FanOut), the server's CPU time while the phones are in and
/// its memory at the end, and checks that every acknowledged note is in the journal exactly once.
enum WebBench {
    static let definition = """
        title: Bench
        language: en
        program:
          - kind: discussion
            title: Phones
            questions: [What works?]
            minutes: 60

        """

    static func run(_ arguments: [String]) -> Int32 {
        var clients = 200, seconds = 60.0, mode = WebBenchMode.reload, every = 6.5
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { printError("\(flag) needs a value"); return 2 }
            switch flag {
            case "--clients": clients = min(1000, max(1, Int(value) ?? clients))
            case "--seconds": seconds = min(3600, max(1, Double(value) ?? seconds))
            case "--every": every = min(600, max(1, Double(value) ?? every))
            case "--notes":
                guard let chosen = WebBenchMode(rawValue: value) else { printError("--notes is reload, quiet, engine or none"); return 2 }
                mode = chosen
            default: printError("unknown option \(flag)"); return 2
            }
        }
        let folder = NSTemporaryDirectory() + "samskab-web-bench-\(getpid())"
        let session = folder + "/session"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try definition.write(toFile: folder + "/bench.yaml", atomically: true, encoding: .utf8)
            _ = try SessionFolder.start(definition: folder + "/bench.yaml", at: session, today: SystemClock.today())
        } catch {
            printError("cannot make the session: \(error)")
            return 1
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let server = Process()
        server.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("samskab")
        server.arguments = ["serve", session, "--bind", "127.0.0.1", "--port", "0"]
        server.standardOutput = FileHandle.nullDevice
        do { try server.run() } catch { printError("cannot start samskab serve: \(error)"); return 1 }
        defer { if server.isRunning { server.terminate(); server.waitUntilExit() } }
        guard let port = waitForPort(session) else { printError("samskab serve did not start"); return 1 }
        let code = readCode(session) ?? ""

        let results = Results()
        let fanOut = FanOut()
        fanOut.start()
        let deadline = Stopwatch.now() + seconds
        for index in 0..<clients {
            let thread = Thread { [mode, every] in
                phone(index, port: port, code: code, deadline: deadline, mode: mode, every: every, results: results, fanOut: fanOut)
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        while results.ready < clients && Stopwatch.now() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let busy = ServerCPU(pid: server.processIdentifier)
        if mode == .engine { EngineWriter.start(session: session, interval: every / Double(clients), deadline: deadline, results: results) }
        while results.finished < clients && Stopwatch.now() < deadline + 30 { Thread.sleep(forTimeInterval: 0.2) }
        let cpu = busy.sinceStart()
        let memory = residentKilobytes(server.processIdentifier)
        // The streams read on until each has seen the journal's last event (5 s at most).
        guard let read = try? SessionFolder(opening: session) else { printError("cannot read the journal"); return 1 }
        let arrivals = fanOut.finish(after: read.state.lastSequence, seconds: 5)
        server.terminate()
        server.waitUntilExit()

        // Every acknowledged note is in the journal exactly once.
        var counts: [String: Int] = [:]
        var sequences: [String: Int] = [:]
        for note in read.state.visibleNotes(item: 0) {
            counts[note.text, default: 0] += 1
            sequences[note.text] = note.sequence
        }
        let acknowledged = results.acknowledged.map(\.text)
        let fan = FanOut.Figures(notes: results.acknowledged.compactMap { note in sequences[note.text].map { ($0, note.at) } },
                                 streams: arrivals, limit: fanOutLimit, nearlyAll: 0.99)
        let found = acknowledged.filter { counts[$0] == 1 }.count
        let twice = acknowledged.filter { (counts[$0] ?? 0) > 1 }.count
        let samples = results.samples
        print("web: \(clients) phones on loopback for \(Int(seconds)) s, each holding a live-update stream; notes: \(mode.rawValue) (\(mode.meaning)), one every \(every) s a phone")
        print("  notes acknowledged: \(acknowledged.count), in the journal once: \(found), twice: \(twice), "
              + "missing: \(acknowledged.count - found - twice), refused or failed: \(results.failed)")
        print("  save latency: p50 \(milliseconds(samples.median)) ms, p99 \(milliseconds(samples.p99)) ms, "
              + "slowest \(milliseconds(samples.percentile(100))) ms")
        print("  live streams held: \(results.streams) of \(clients)")
        print("  fan-out, from the acknowledged save to each stream open before it: \(fan.pairs) (note, stream) pairs; "
              + "p50 \(milliseconds(fan.delays.median)) ms, p99 \(milliseconds(fan.delays.p99)) ms, "
              + "slowest \(milliseconds(fan.delays.percentile(100))) ms")
        print("  fan-out within \(Int(fanOutLimit * 1000)) ms: \(percent(fan.withinLimit, of: fan.pairs)) of the pairs; "
              + "notes on at least 99 % of the streams within it: \(fan.notesOnNearlyAll) of \(fan.notes); "
              + "never arrived: \(fan.never); before the phone had its answer: \(fan.beforeAcknowledged)")
        print("  server CPU from the last phone in to the end: \(cpu.map { String(format: "%.2f s over %.0f s, %.2f %% of a core", $0.cpu, $0.wall, $0.cpu * 100 / max($0.wall, 0.001)) } ?? "unknown")")
        print("  server memory at the end: \(memory.map { "\($0 / 1024) MiB (VmRSS)" } ?? "unknown")")
        print("acknowledged: \(acknowledged.count), found: \(found), lost: \(acknowledged.count - found)")
        return found == acknowledged.count ? 0 : 1
    }

    /// The fan-out's figure: a note on 99 % of the streams within this many seconds.
    static let fanOutLimit = 0.5

    static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.2f %%", Double(part) * 100 / Double(whole))
    }

    /// One phone: the code, anonymous, a live stream held (read by FanOut), then (`mode`) a note
    /// every 6–7 s until the deadline.
    static func phone(_ index: Int, port: UInt16, code: String, deadline: Double, mode: WebBenchMode, every: Double,
                      results: Results, fanOut: FanOut) {
        defer { results.finish() }
        let http = LoopbackHTTP(port: port)
        guard let first = http.get("/"), let token = LoopbackHTTP.token(in: first.body),
              http.post("/code", [("token", token), ("code", code)])?.status == 303,
              http.post("/me/anonymous", [("token", token), ("anonymous", "1")])?.status == 303 else {
            results.fail()
            results.isReady()
            return
        }
        if let stream = LoopbackHTTP.holdStream(port: port, cookie: http.cookie) {
            results.streamHeld()
            fanOut.add(stream)
        }
        results.isReady()
        guard mode.phonesPost else {
            while Stopwatch.now() < deadline { Thread.sleep(forTimeInterval: min(1, max(0, deadline - Stopwatch.now()))) }
            return
        }
        var generator = SystemRandomNumberGenerator()
        Thread.sleep(forTimeInterval: Double.random(in: 0..<every, using: &generator))
        var number = 0
        while Stopwatch.now() < deadline {
            number += 1
            let text = "phone \(index) note \(number)"
            let start = Stopwatch.now()
            let answer = http.post("/notes", [("token", token), ("text", text), ("item", "0")])
            let answered = Stopwatch.now()
            // 303 to the page: saved (a refusal redirects too, but says so on the next page, which a
            // quiet phone does not load: a refused note then shows as missing from the journal).
            if answer?.status == 303, mode == .quiet || http.get("/")?.body.contains("Saved ✓") == true {
                results.acknowledge(text, at: answered, took: answered - start)
            } else {
                results.fail()
            }
            Thread.sleep(forTimeInterval: every - 0.5 + Double.random(in: 0..<1, using: &generator))
        }
    }

    static func waitForPort(_ session: String) -> UInt16? {
        for _ in 0..<600 {
            if let url = announcement(session)?.url, let colon = url.split(separator: ":").last,
               let port = UInt16(colon.filter(\.isNumber)) {
                return port
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    static func readCode(_ session: String) -> String? {
        announcement(session)?.code
    }

    /// The fields of `web.json` the bench needs (`WebAnnouncement` in SamskabWeb, which the bench does not link).
    struct Announcement: Decodable {
        var url: String
        var code: String
    }

    static func announcement(_ session: String) -> Announcement? {
        guard let data = FileManager.default.contents(atPath: session + "/web.json") else { return nil }
        return try? JSONDecoder().decode(Announcement.self, from: data)
    }

    static func residentKilobytes(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.filter(\.isNumber))
    }

    /// What the phones report, from many threads.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var texts: [(text: String, at: Double)] = []
        private var latencies = Samples()
        private var failures = 0, done = 0, held = 0, readied = 0

        /// A note the server acknowledged at `at` (monotonic seconds), `took` after it was posted.
        func acknowledge(_ text: String, at: Double, took: Double) {
            lock.lock(); defer { lock.unlock() }
            texts.append((text, at))
            latencies.add(took)
        }
        func fail() { lock.lock(); failures += 1; lock.unlock() }
        func finish() { lock.lock(); done += 1; lock.unlock() }
        func streamHeld() { lock.lock(); held += 1; lock.unlock() }
        func isReady() { lock.lock(); readied += 1; lock.unlock() }
        var ready: Int { lock.lock(); defer { lock.unlock() }; return readied }
        var acknowledged: [(text: String, at: Double)] { lock.lock(); defer { lock.unlock() }; return texts }
        var samples: Samples { lock.lock(); defer { lock.unlock() }; return latencies }
        var failed: Int { lock.lock(); defer { lock.unlock() }; return failures }
        var finished: Int { lock.lock(); defer { lock.unlock() }; return done }
        var streams: Int { lock.lock(); defer { lock.unlock() }; return held }
    }
}
