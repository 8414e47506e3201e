#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SamskabFiles
import SamskabSession

/// Where the web benchmark's notes come from (`--notes`).
enum WebBenchMode: String {
    /// The phones post, and each loads its page after saving (as a browser does after the
    /// redirect): every such load also refreshes the server's view of the journal.
    case reload
    /// The phones post and load nothing after: the server alone must tell the streams.
    case quiet
    /// The phones only listen; the bench's own process writes the notes through the engine, as
    /// the CLI, a kiosk or the projector would: the server learns of them from the journal.
    case engine
    /// Nobody writes: the phones only hold their streams (the server's idle cost).
    case none

    var phonesPost: Bool { self == .reload || self == .quiet }

    var meaning: String {
        switch self {
        case .reload: "phones post and reload"
        case .quiet: "phones post, no reload"
        case .engine: "another process appends through the engine"
        case .none: "nobody writes"
        }
    }
}

/// The notes of `--notes engine`: one thread in the bench's process appending through the
/// engine at the rate the phones would post (a note every `interval` seconds), each acknowledged
/// once its append returned (durable).
enum EngineWriter {
    static func start(session: String, interval: Double, deadline: Double, results: WebBench.Results) {
        let thread = Thread {
            guard let folder = try? SessionFolder(opening: session) else { results.fail(); return }
            var number = 0, next = Stopwatch.now()
            while Stopwatch.now() < deadline {
                number += 1
                let text = "engine note \(number)"
                let start = Stopwatch.now()
                do {
                    _ = try folder.submit(.addNote(NoteRequest(text: text)), by: .participant(id: nil), writer: "samskab-bench")
                    let done = Stopwatch.now()
                    results.acknowledge(text, at: done, took: done - start)
                } catch {
                    results.fail()
                }
                next += interval
                let wait = next - Stopwatch.now()
                if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            }
        }
        thread.start()
    }
}

/// The server's CPU time (user and system, from /proc) since this was made.
struct ServerCPU {
    let pid: Int32
    let startCPU: Double?
    let startWall: Double

    init(pid: Int32) {
        self.pid = pid
        startCPU = Self.seconds(pid)
        startWall = Stopwatch.now()
    }

    /// CPU seconds and wall seconds since the start; nil without /proc.
    func sinceStart() -> (cpu: Double, wall: Double)? {
        guard let startCPU, let now = Self.seconds(pid) else { return nil }
        return (now - startCPU, Stopwatch.now() - startWall)
    }

    static func seconds(_ pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // After the command's closing parenthesis: state is field 3, utime 14, stime 15.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
