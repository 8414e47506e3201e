import Foundation
import Testing

/// The walk from the command line alone, with no projector running: the engine plans the pairs
/// as the program arrives at the walk, and `pairs` means the current item, as every command does.
struct WalkCommandTests {
    @Test func phaseAloneReachesAWalkWithPairs() throws {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        let early = try BinaryRunner.run(["pairs", session])
        #expect(early.status == 1)
        #expect(early.stderr == "error: the current item, 1, 'Velkomst: Retning og forventninger til samskabelse af velfærd i Aarhus Kommune', "
                + "is not a gallery walk (fernisering), so it has no pairs; the gallery walks are items 10 (give --item N)\n")
        let notAWalk = try BinaryRunner.run(["pairs", session, "--item", "3"])
        #expect(notAWalk.stderr.hasSuffix("is not a gallery walk (fernisering), so it has no pairs; the gallery walks are items 10\n"))
        #expect(try BinaryRunner.run(["phase", session, "9"]).status == 0)
        #expect(try BinaryRunner.run(["phase", session, "10"]).status == 0)
        let journal = try String(contentsOfFile: session + "/journal.jsonl", encoding: .utf8)
        #expect(!journal.contains("pairs.planned"), "the pairs came with the move")
        let shown = try BinaryRunner.run(["pairs", session])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Pair 1: ") && shown.stdout.contains("rounds of"))
        // One undo takes back the move with its pairs.
        #expect(try BinaryRunner.run(["undo", session]).status == 0)
        #expect(try BinaryRunner.run(["status", session, "--json"]).stdout.contains("\"index\":9"))
    }

    /// `pairs --json` is the same bytes Foundation's serializer makes of the same structure, as
    /// it was before the Codable types (pretty, sorted keys, null for a department or a station
    /// a pair does not have).
    @Test func pairsAsJSONKeepsItsShapeAndBytes() throws {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        #expect(try BinaryRunner.run(["participant", "add", session, "--name", "Uden Afdeling"]).status == 0)
        #expect(try BinaryRunner.run(["phase", session, "9"]).status == 0)
        #expect(try BinaryRunner.run(["phase", session, "10"]).status == 0)
        let shown = try BinaryRunner.run(["pairs", session, "--json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let pairs = try #require(object["pairs"] as? [[[String: Any]]])
        let rounds = try #require(object["rounds"] as? [[[String: Any]]])
        #expect(!pairs.isEmpty && !rounds.isEmpty)
        #expect(pairs.joined().allSatisfy { Set($0.keys) == ["name", "department"] && $0["name"] is String })
        #expect(pairs.joined().contains { $0["department"] is NSNull }, "the person without a department")
        #expect(rounds.joined().allSatisfy { Set($0.keys) == ["pair", "station"] && $0["pair"] is Int })
        let again = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        #expect(shown.stdout == String(decoding: again, as: UTF8.self) + "\n")
    }

    @Test func aBoardCommentOutsideAWalkNamesTheItemsWithBoards() throws {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        let refused = try BinaryRunner.run(["comment", "add", session, "Bord 1", "Godt"])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: 'Bord 1' is no note id (n12), and the current item, 1, "))
        #expect(refused.stderr.hasSuffix("so it has no boards; the items with boards are 3, 9, 10, 12\n"))
    }

    @Test func reshufflingTablesWithNotesSaysTheNotesKeepTheirTables() throws {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        #expect(try BinaryRunner.run(["phase", session, "3"]).status == 0)
        let quiet = try BinaryRunner.run(["groups", session, "--reshuffle"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "no notes yet: nothing to say")
        #expect(try BinaryRunner.run(["note", "add", session, "Tillid", "--group", "2"]).status == 0)
        let said = try BinaryRunner.run(["groups", session, "--reshuffle"])
        #expect(said.status == 0)
        #expect(said.stderr == "note: the note written at item 3's tables keeps the table it was written at; only the people move\n")
    }
}
