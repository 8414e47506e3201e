import Foundation
import Testing

/// Issue 22 at the command line.
struct ProofCommandTests {
    @Test func timerExtendTakesANegativeNumberWithoutDashes() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        _ = try BinaryRunner.run(["timer", session, "start"])
        func remaining() throws -> Int {
            let status = try BinaryRunner.run(["status", session, "--json"])
            let object = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
            return (object?["remaining_seconds"] as? Int) ?? -1
        }
        let before = try remaining()
        let shortened = try BinaryRunner.run(["timer", session, "extend", "-5"])
        #expect(shortened.status == 0, "\(shortened.stderr)")
        let after = try remaining()
        #expect(before - after >= 5 * 60 - 5 && before - after <= 5 * 60 + 5, "\(before) → \(after)")
        // The form with -- still works, and a word is still not minutes.
        #expect(try BinaryRunner.run(["timer", session, "extend", "--", "-1"]).status == 0)
        #expect(try BinaryRunner.run(["timer", session, "extend", "-x"]).status == 2)
    }

    @Test func aLinkedFrozenDefinitionIsNotQuotedByStatus() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let secret = folder.appendingPathComponent("hemmelig.txt").path
        try "SECRET_TOKEN=hunter2\n".write(toFile: secret, atomically: true, encoding: .utf8)
        let frozen = session + "/definition.yaml"
        try FileManager.default.removeItem(atPath: frozen)
        try FileManager.default.createSymbolicLink(atPath: frozen, withDestinationPath: secret)
        let status = try BinaryRunner.run(["status", session])
        #expect(status.status == 1)
        #expect(status.stderr.contains("symbolic link"), "\(status.stderr)")
        #expect(!status.stderr.contains("SECRET_TOKEN") && !status.stdout.contains("SECRET_TOKEN"), "\(status.stderr)")
    }
}
