#if canImport(Glibc)
import Glibc
#endif

/// A child process started with posix_spawn, its standard output and error on channels that no
/// other child inherits (close-on-exec), so many can run at once from many threads; reaped by its own
/// pid, never by a broad wait.
struct SoakChild {
    let pid: pid_t
    private let output: Int32
    private let errors: Int32

    struct Ending {
        var status: Int32
        var killed: Bool
        var stdout: String
        var stderr: String
    }

    /// Starts `path` with `arguments`; standard input is /dev/null. Given `logPath` (the long-lived
    /// server), standard error goes there and standard output nowhere, instead of onto pipes.
    init?(_ path: String, _ arguments: [String], logPath: String? = nil) {
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        let piped = logPath == nil
        if piped {
            guard Self.channel(&outPipe) else { return nil }
            guard Self.channel(&errPipe) else { close(outPipe[0]); close(outPipe[1]); return nil }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if piped {
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, logPath ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o644)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let started = posix_spawn(&child, path, &actions, nil, argv, environ)
        if piped {
            close(outPipe[1])
            close(errPipe[1])
        }
        guard started == 0 else {
            if piped { close(outPipe[0]); close(errPipe[0]) }
            return nil
        }
        pid = child
        output = outPipe[0]
        errors = errPipe[0]
    }

    /// Reads what the child printed until it closes its output (it ends, or is killed), then
    /// reaps it. Standard output first: a long answer (`voting reveal`) must not wait for a reader.
    func finish() -> Ending {
        let out = Self.drain(output), err = Self.drain(errors)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signalled = (status & 0x7F) != 0
        return Ending(status: signalled ? -1 : (status >> 8) & 0xFF, killed: signalled, stdout: out, stderr: err)
    }

    func kill9() { kill(pid, SIGKILL) }

    /// A one-way channel made close-on-exec at once (a socket pair: Glibc's `pipe2` is not
    /// visible to Swift), so a process started at the same moment from another thread never
    /// holds its writing end and keeps its reader waiting.
    private static func channel(_ ends: inout [Int32]) -> Bool {
        socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0, &ends) == 0
    }

    private static func drain(_ fd: Int32) -> String {
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        // Read to the end, keeping the first 64 KiB: the rest is drained so the child never waits.
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            if bytes.count < 65_536 { bytes += chunk[0..<count] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What a long-lived process holds: resident memory and open file descriptors, from /proc.
struct ProcessFootprint: CustomStringConvertible {
    var residentKilobytes: Int?
    var openFiles: Int?

    init(_ pid: pid_t) {
        residentKilobytes = WebBench.residentKilobytes(pid)
        var count = 0
        if let folder = opendir("/proc/\(pid)/fd") {
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { count += 1 }
            }
            closedir(folder)
            openFiles = count
        }
    }

    var description: String {
        let memory = residentKilobytes.map { String(format: "%.1f MiB", Double($0) / 1024) } ?? "?"
        return "RSS \(memory), \(openFiles.map(String.init) ?? "?") fds"
    }
}
