import Foundation
import Testing

/// A terminal that goes away without a hang-up signal (its pseudo-terminal closed under a
/// process that is not its session's leader): the projector and the kiosk end, giving the
/// terminal back, instead of spinning a core on reads that answer at once.
@Suite(.serialized, .tags(.slow), .needs(.python3))
struct TerminalGoneEndToEndTests {
    /// Starts the command on a pseudo-terminal it does not control, waits for its first frame,
    /// closes the terminal and reports how the process ended.
    static let script = """
        import os, subprocess, sys, time, fcntl, termios, struct
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", TZ="Europe/Copenhagen")
        p = subprocess.Popen(sys.argv[1:], stdin=slave, stdout=slave, stderr=slave, env=env)
        os.close(slave)
        data, deadline = b"", time.time() + 20
        while time.time() < deadline and b"Punkt" not in data and "Hvem er du".encode() not in data:
            try: data += os.read(master, 65536)
            except OSError: break
        print("frame" if (b"Punkt" in data or "Hvem er du".encode() in data) else "no frame")
        os.close(master)
        try:
            p.wait(timeout=10)
            print("exit", p.returncode)
        except subprocess.TimeoutExpired:
            print("still running, cpu ticks", sum(int(x) for x in open(f"/proc/{p.pid}/stat").read().split()[13:15]))
            p.kill()
        """

    static func run(_ arguments: [String], in folder: URL) throws -> String {
        let scriptFile = folder.appendingPathComponent("gone.py")
        try Self.script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptFile.path, try BinaryRunner.binary.path] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theProjectorAndTheKioskEndWhenTheirTerminalGoes() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        #expect(try Self.run(["run", session], in: folder) == "frame\nexit 0\n")
        #expect(try Self.run(["join", session, "--pin", "1234"], in: folder) == "frame\nexit 0\n")
    }
}
