import Foundation
import Testing

/// The kiosk as the README recommends it: a real OpenSSH server on loopback, a key whose
/// `command=` runs `samskab join`, and a client that sends no locale (the server accepts none).
/// `bash .ci/run` installs openssh-server; the server runs as the test's own user.
@Suite(.serialized, .tags(.slow), .needs(.openSSH, .tmux))
struct SSHKioskEndToEndTests {
    static let sshd = URL(fileURLWithPath: "/usr/sbin/sshd")

    @Test func aKioskOverSSHWithNoLocaleTypesDanishAndEmoji() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let binary = try BinaryRunner.binary.path
        let keys = folder.appendingPathComponent("ssh")
        try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
        for name in ["host_key", "user_key"] {
            let made = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/ssh-keygen"),
                                            ["-q", "-t", "ed25519", "-N", "", "-f", keys.appendingPathComponent(name).path])
            #expect(made.status == 0, "\(made.stderr)")
        }
        let userKey = try String(contentsOf: keys.appendingPathComponent("user_key.pub"), encoding: .utf8)
        // `restrict` alone forbids a terminal; the kiosk needs one, so `pty` is allowed back.
        let entry = "command=\"cd \(folder.path) && exec \(binary) join \(session) --pin 1234\",restrict,pty \(userKey)"
        try entry.write(to: keys.appendingPathComponent("authorized_keys"), atomically: true, encoding: .utf8)
        let port = 20_000 + Int(getpid() % 20_000)
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(keys.appendingPathComponent("host_key").path)
            AuthorizedKeysFile \(keys.appendingPathComponent("authorized_keys").path)
            PidFile \(keys.appendingPathComponent("sshd.pid").path)
            StrictModes no
            UsePAM no
            PermitRootLogin yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no

            """
        try config.write(to: keys.appendingPathComponent("sshd_config"), atomically: true, encoding: .utf8)
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let log = keys.appendingPathComponent("sshd.log").path
        let started = try BinaryRunner.run(executable: Self.sshd, ["-f", keys.appendingPathComponent("sshd_config").path, "-E", log])
        #expect(started.status == 0, "sshd did not start: \(started.stderr) \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
        defer {
            if let pid = try? String(contentsOf: keys.appendingPathComponent("sshd.pid"), encoding: .utf8),
               let number = Int32(pid.trimmingCharacters(in: .whitespacesAndNewlines)) {
                kill(number, SIGTERM)
            }
        }
        let user = NSUserName()
        let kiosk = try Tmux(width: 100, height: 30, directory: folder, environment: ["TZ": "Europe/Copenhagen"])
        try kiosk.run("env -u LANG -u LC_ALL -u LC_CTYPE ssh -tt -i \(keys.appendingPathComponent("user_key").path) -p \(port) "
                      + "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR \(user)@127.0.0.1")
        try kiosk.waitFor("Hvem er du?", timeout: 10)
        try kiosk.signIn(typing: "åse", as: "Åse Østergaard (MBU)")
        try kiosk.press("Down")
        try kiosk.saveNote("Over ssh 🍎 bar")
        let texts = try JournalFile(session + "/journal.jsonl").lines.compactMap { $0["text"] as? String }
        #expect(texts == ["Over ssh 🍎 bar"])
    }
}
