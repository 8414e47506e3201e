import Foundation
import Testing

/// The phone page in a real browser: headless Chromium at a phone's size (390×844), driven
/// through chromedriver by Selenium (`Browser/phone_flow.py`), against the real `samskab serve`
/// on loopback. The room code, `åse` found and picked, a note with æøå and an emoji saved and on
/// the wall (`samskab render`), a dot voting opened from the command line and followed by the page
/// by itself, a dot placed on the phone, and the result once the command line closes and reveals
/// it. The script waits for each thing it expects on the page and saves a screenshot of each
/// step: kept in `SAMSKAB_BROWSER_KEEP=DIR` when set, and after a failure (the path is in it).
@Suite(.serialized, .tags(.slow))
struct PhoneBrowserEndToEndTests {
    static let script = BinaryRunner.packageRoot.appendingPathComponent("Tests/SamskabCLITests/Browser/phone_flow.py")

    @Test(.needs(.browser))
    func aPhoneWritesAndVotesInABrowser() throws {
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try WebEndToEndTests.definition.write(toFile: folder.path + "/dag.yaml", atomically: true, encoding: .utf8)
        try "navn;afdeling\nÅse Østergaard;MBU\n".write(toFile: folder.path + "/folk.csv", atomically: true, encoding: .utf8)
        let session = folder.path + "/session"
        #expect(try BinaryRunner.run(["start", folder.path + "/dag.yaml", "--session", session]).status == 0)
        #expect(try BinaryRunner.run(["phase", session, "2"]).status == 0)

        let server = try ServedSession(session)
        defer { server.stop() }

        let keep = ProcessInfo.processInfo.environment["SAMSKAB_BROWSER_KEEP"]
        let shots = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("samskab-browser-\(UUID().uuidString)").path
        let flow = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", Self.script.path, "--samskab", try BinaryRunner.binary.path, "--session", session,
            "--url", server.url, "--code", server.code, "--shots", shots,
        ])
        #expect(flow.status == 0 && flow.stdout.hasSuffix("ok\n"),
                "the browser's flow failed (screenshots in \(shots)):\n\(flow.stdout)\(flow.stderr)")
        if flow.status == 0 && keep == nil { try? FileManager.default.removeItem(atPath: shots) }

        // What the phone did is in the journal, as the command line reads it.
        let export = try BinaryRunner.run(["export", session, "--format", "json", "--output", "-"])
        #expect(export.stdout.contains("Æblegrød på Ærø 🍎 — samskabelse"))
        #expect(export.stdout.contains("Åse Østergaard"))
        let voting = try BinaryRunner.run(["voting", "show", session])
        #expect(voting.stdout.contains("Æblegrød på Ærø 🍎 — samskabelse"), "\(voting.stdout)")
    }
}

/// `samskab serve DIR` on loopback, any free port: its address and room code once it listens
/// (read from what it prints, then from web.json, which is written before it prints).
final class ServedSession {
    let process = Process()
    let url: String
    let code: String

    init(_ session: String) throws {
        process.executableURL = try BinaryRunner.binary
        process.arguments = ["serve", session, "--bind", "127.0.0.1", "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Waits for the room code's line; an empty read is the end of its output.
        var printed = ""
        while !printed.contains("Rumkode:") && !printed.contains("Room code:") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let data = FileManager.default.contents(atPath: session + "/web.json") ?? Data()
        let announcement = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        guard let url = announcement?["url"] as? String, let code = announcement?["code"] as? String else {
            if process.isRunning { process.terminate() }
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "samskab serve did not start: \(printed)"])
        }
        self.url = url
        self.code = code
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
