#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SamskabFiles

/// The soak's long-lived processes: the projector (`samskab run`) in a tmux of its own and
/// `samskab serve` on loopback; each can be killed with `kill -9` and started again, and says
/// what it holds (memory, descriptors) at its start and its end.
final class SoakServices {
    let binary: String
    let session: String
    let folder: String
    let items: Int
    private(set) var projector: TerminalBench.Screen?
    private(set) var projectorPID: pid_t = 0
    private(set) var server: SoakChild?
    /// One line per process that lived: "server #1 (84 s): RSS … → …".
    private(set) var lives: [String] = []
    private var projectorStart: (at: Double, footprint: ProcessFootprint)?
    private var serverStart: (at: Double, footprint: ProcessFootprint)?
    private var projectorCount = 0, serverCount = 0

    init(binary: String, session: String, folder: String, items: Int) {
        self.binary = binary
        self.session = session
        self.folder = folder
        self.items = items
    }

    /// Starts the projector and waits until it shows item `item` (0-based).
    func startProjector(showing item: Int) throws {
        projectorCount += 1
        let screen = try TerminalBench.Screen(command: "exec \(binary) run \(session)", log: folder + "/projector-\(projectorCount).log")
        projector = screen
        try screen.waitFor(Self.header(item, of: items))
        guard let pid = pid_t(screen.tmux("list-panes -t t -F '#{pane_pid}'").filter(\.isNumber)) else {
            throw BenchFailure("the projector's process is not in its tmux pane")
        }
        projectorPID = pid
        projectorStart = (Stopwatch.now(), ProcessFootprint(pid))
    }

    /// Starts `samskab serve` and waits for its announcement; returns its port.
    func startServer() throws -> UInt16 {
        serverCount += 1
        guard let child = SoakChild(binary, ["serve", session, "--bind", "127.0.0.1", "--port", "0"],
                                    logPath: folder + "/serve-\(serverCount).log") else {
            throw BenchFailure("cannot start samskab serve")
        }
        server = child
        for _ in 0..<600 {
            if let announcement = WebAnnouncement.read(in: session), announcement.pid == child.pid,
               let port = announcement.url.split(separator: ":").last.flatMap({ UInt16($0.filter(\.isNumber)) }) {
                serverStart = (Stopwatch.now(), ProcessFootprint(child.pid))
                return port
            }
            usleep(50_000)
        }
        throw BenchFailure("samskab serve did not announce itself")
    }

    /// The wall's header for item `item`: "Punkt 3 af 14".
    static func header(_ item: Int, of items: Int) -> String { "Punkt \(item + 1) af \(items)" }

    /// Waits until the projector shows item `item`; the seconds it took, nil if it never did.
    func projectorFollows(to item: Int) -> Double? {
        let started = Stopwatch.now()
        do {
            try projector?.waitFor(Self.header(item, of: items), pollMicroseconds: 10_000)
        } catch {
            return nil
        }
        return Stopwatch.now() - started
    }

    /// `kill -9` both, as a crash or a pulled plug would; nothing is cleaned up.
    func killBoth() {
        endOfLife()
        kill(projectorPID, SIGKILL)
        if let server {
            server.kill9()
            _ = server.finish()
        }
        projector?.stop()
        server = nil
        projector = nil
    }

    /// The end of the day: the server asked to stop, the projector's tmux ended.
    func stopBoth() {
        endOfLife()
        if let server {
            kill(server.pid, SIGTERM)
            _ = server.finish()
        }
        projector?.stop()
        server = nil
        projector = nil
    }

    private func endOfLife() {
        let now = Stopwatch.now()
        if let start = projectorStart {
            lives.append("projector #\(projectorCount) (\(Int(now - start.at)) s): \(start.footprint) → \(ProcessFootprint(projectorPID))")
        }
        if let start = serverStart, let server {
            lives.append("server #\(serverCount) (\(Int(now - start.at)) s): \(start.footprint) → \(ProcessFootprint(server.pid))")
        }
        projectorStart = nil
        serverStart = nil
    }
}
