import Foundation
import Testing
import SamskabFiles

/// projector.json: each item's arrangement by table is saved, and an old file is read kindly.
struct ProjectorFilesTests {
    @Test func theItemsArrangedByTableComeBack() throws {
        let test = try TestFolder()
        defer { try? FileManager.default.removeItem(at: test.url) }
        let folder = try test.start()
        #expect(folder.projectorTableItems(current: 1) == [], "nothing saved: by question")
        try folder.saveProjectorChoices(showAuthors: true, tableItems: [1, 8], selectedNote: "n3", view: "board")
        #expect(folder.projectorTableItems(current: 0) == [1, 8])
        #expect(folder.projectorSelectedNote == "n3" && folder.projectorShowsAuthors == true && folder.projectorView == "board")
        let saved = try String(contentsOfFile: test.session + "/projector.json", encoding: .utf8)
        #expect(saved == #"{"by_table":[1,8],"selected":"n3","show_authors":true,"view":"board"}"# + "\n", "written by JSONEncoder, keys sorted")
        try folder.saveProjectorChoices(showAuthors: false, tableItems: [])
        #expect(folder.projectorTableItems(current: 1) == [])
    }

    @Test func theOldFormGivesTheItemShownAndAnythingElseNone() throws {
        let test = try TestFolder()
        defer { try? FileManager.default.removeItem(at: test.url) }
        let folder = try test.start()
        let file = test.session + "/projector.json"
        try #"{"show_authors":true,"arrangement":"table","view":"board"}"#.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(folder.projectorTableItems(current: 1) == [1], "the old one choice applies where it was made")
        try #"{"show_authors":true,"arrangement":"question"}"#.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(folder.projectorTableItems(current: 1) == [])
        try #"{"show_authors":true,"by_table":[2,x,-1,"#.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(folder.projectorTableItems(current: 1) == [], "cut off: none")
        try #"{"by_table":[2,x,-1]}"#.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(folder.projectorTableItems(current: 1) == [], "not JSON: none")
        #expect(folder.projectorShowsAuthors == false, "not JSON: names hidden")
        try #"{"by_table":[2,-1,100000],"show_authors":true}"#.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(folder.projectorTableItems(current: 1) == [2], "only item numbers in range")
    }
}
