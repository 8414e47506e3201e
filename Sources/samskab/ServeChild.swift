#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CParentDeath
import Foundation
import SamskabFiles

/// `samskab run … --serve`: the phones' web server (`samskab serve DIR`, this same binary) as a
/// child process, started with posix_spawn, its output appended to `serve.log` in the session
/// folder, in a process group of its own (the terminal's signals and job control are the
/// projector's). A web failure never takes the wall down: the wall says the server stopped.
/// The projector stops it on quitting (SIGTERM, then SIGKILL after 3 s); if the projector is
/// killed, the kernel ends it (PR_SET_PDEATHSIG, asked for by the child itself as it starts:
/// see `ServeChild.applyInChild`).
final class ServeChild {
    static let logName = "serve.log"
    /// Set in the child's environment: the projector's process id. The child asks to die with it.
    static let parentVariable = "SAMSKAB_DIE_WITH_PARENT"
    /// For tests: a program run instead of `samskab serve` (an address that needs no network,
    /// nothing bound), with the same arguments (`PROGRAM serve DIR`), after the child has asked
    /// to die with its parent.
    static let standInVariable = "SAMSKAB_SERVE_PROGRAM"

    let pid: pid_t
    let logPath: String
    private var ended = false

    private init(pid: pid_t, logPath: String) {
        self.pid = pid
        self.logPath = logPath
    }

    /// Starts `samskab serve DIR`; the reason in words where it could not be started.
    static func start(folder: String, danish: Bool) -> Result<ServeChild, ServeFailure> {
        let logPath = folder + "/" + logName
        let log = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard log >= 0 else {
            let reason = String(cString: strerror(errno))
            return .failure(ServeFailure(danish ? "webserveren kunne ikke startes: \(logPath): \(reason)"
                                                : "the web server could not be started: \(logPath): \(reason)"))
        }
        defer { close(log) }
        let banner = "--- \(Date()) samskab run --serve: samskab serve \(folder)\n"
        _ = FileBytes.writeAll(Array(banner.utf8), to: log)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, log, 1)
        posix_spawn_file_actions_adddup2(&actions, log, 2)
        // Nothing else of the projector's reaches the server (its files are opened close-on-exec
        // already; this is for any that a library left open).
        _ = samskab_spawn_close_from(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A process group of its own; the usual signals back to their defaults, none blocked.
        var defaults = sigset_t(), none = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, signal) }
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // This very binary (as it runs now, even if rebuilt meanwhile).
        let program = FileManager.default.isExecutableFile(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
        let arguments = [CommandLine.arguments.first ?? "samskab", "serve", folder]
        var environment = ProcessInfo.processInfo.environment
        environment[parentVariable] = String(getpid())
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let status = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        guard status == 0 else {
            let reason = String(cString: strerror(status))
            return .failure(ServeFailure(danish ? "webserveren kunne ikke startes: \(reason)" : "the web server could not be started: \(reason)"))
        }
        return .success(ServeChild(pid: pid, logPath: logPath))
    }

    /// Whether the child has ended since last asked (reaped, so it is no zombie); its status in words.
    func reap(danish: Bool) -> String? {
        guard !ended else { return nil }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        ended = true
        let how = Self.describe(status, danish: danish)
        return danish ? "Webserveren stoppede (\(how)); se \(logPath)" : "The web server stopped (\(how)); see \(logPath)"
    }

    /// Stops the child: SIGTERM (a clean exit removes its web.json), SIGKILL after 3 s.
    func stop() {
        guard !ended else { return }
        ended = true
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<60 {
            if waitpid(pid, &status, WNOHANG) == pid { return }
            usleep(50_000)
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
    }

    static func describe(_ status: Int32, danish: Bool) -> String {
        let signal = status & 0x7f
        if signal == 0 {
            let code = (status >> 8) & 0xff
            return danish ? "slutkode \(code)" : "exit status \(code)"
        }
        return danish ? "signal \(signal)" : "signal \(signal)"
    }

    /// In a process `run --serve` started, before anything else: ask to die with the projector,
    /// and end at once if it is already gone (the request would then never be answered). With the
    /// tests' stand-in named, `serve` runs it instead (the request holds across exec).
    static func applyInChild() {
        guard let value = getenv(parentVariable), let parent = pid_t(String(cString: value)) else { return }
        unsetenv(parentVariable)
        _ = samskab_die_with_parent(SIGTERM)
        if getppid() != parent { exit(0) }
        let arguments = CommandLine.arguments
        guard arguments.count > 1, arguments[1] == "serve", let standIn = getenv(standInVariable) else { return }
        let program = String(cString: standIn)
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments.dropFirst()).map { strdup($0) } + [nil]
        execv(program, &argv)
        Output.error("samskab: cannot run \(standInVariable)=\(program): \(String(cString: strerror(errno)))")
        exit(127)
    }
}

struct ServeFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
