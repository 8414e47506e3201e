import Foundation

/// Drives a real terminal: a private tmux server, one window running a shell, keys sent
/// as a person types them, the screen read back with capture-pane. Waits for text to
/// appear instead of sleeping.
final class Tmux {
    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "samskab-test-\(UUID().uuidString.prefix(8))"
    let target = "t"

    init(width: Int, height: Int, directory: URL, environment: [String: String] = [:]) throws {
        var exports = environment.map { "export \($0.key)=\(Tmux.quote($0.value)); " }.joined()
        exports += "export PS1='$ '; "
        // The tmux server this starts would inherit every open descriptor of the test process,
        // among them the pipe Foundation watches to see a child end, and then the client would
        // never seem to end. Python's subprocess closes them all before starting tmux.
        let command = ["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", target,
                       "-x", String(width), "-y", String(height), "-c", directory.path,
                       "bash --norc --noprofile -c \(Tmux.quote(exports + "exec bash --norc --noprofile"))"]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The test runner's threads block signals, and a blocked mask is inherited: clear it too,
        // so the shell and the program see SIGWINCH and SIGTERM as they would in a real terminal.
        process.arguments = ["python3", "-c", "import signal, subprocess, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); "
                             + "sys.exit(subprocess.run(sys.argv[1:], close_fds=True, stdin=subprocess.DEVNULL, "
                             + "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode)"]
            + command
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Timeout(description: "tmux could not start") }
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                                          ["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
        return result.stdout
    }

    /// Types `text` into the shell or program, literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

    /// Presses named keys: Enter, Escape, C-c, Up …
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", target] + keys) }

    /// Runs a command line in the window's shell and remembers its exit status as "EXIT=n".
    func run(_ commandLine: String) throws {
        try type(commandLine + "; echo EXIT=$?")
        try press("Enter")
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", target]) }

    /// Waits until `text` is on screen; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout, "'\(text)' to appear") { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(timeout: Double = 10, _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw Timeout(description: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    /// True while a full-screen program holds the alternate screen.
    func alternateScreen() throws -> Bool {
        try tmux(["display", "-p", "-t", target, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// The process ids of the shell's children (the program it runs).
    func childProcesses() throws -> [Int32] {
        let shell = try tmux(["display", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"), ["pgrep", "-P", shell])
        return result.stdout.split(separator: "\n").compactMap { Int32($0) }
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
