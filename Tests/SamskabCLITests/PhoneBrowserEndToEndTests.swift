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
        let session = try WebEndToEndTests.discussion(in: folder)

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
