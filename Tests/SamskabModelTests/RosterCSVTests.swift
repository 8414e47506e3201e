import Testing
@testable import SamskabModel

/// A roster kept in a spreadsheet, saved as CSV beside the definition.
struct RosterCSVTests {
    static let definition = """
        title: Dag
        departments:
          - code: MBU
            name: Børn og Unge
          - code: MSO
            name: Sundhed og Omsorg
        roster: folk.csv
        program:
          - kind: break
            minutes: 5

        """

    static func parse(csv bytes: [UInt8]) -> WorkshopParser.Outcome {
        WorkshopParser.parse(bytes: Array(definition.utf8), file: "w.yaml") { name in
            name == "folk.csv" ? .contents(path: "dir/folk.csv", bytes: bytes) : .unreadable(reason: "unexpected \(name)")
        }
    }

    @Test func danishExcelExportIsRead() throws {
        // Danish Excel saves with a byte-order mark, ';' between fields and CRLF line ends.
        let csv = "\u{FEFF}Navn;Afdeling\r\nØjvind Ågesen;MBU\r\n\"Lauridsen; Helle Bach\";mso\r\n\r\n"
        let outcome = Self.parse(csv: Array(csv.utf8))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let roster = try #require(outcome.workshop).roster
        #expect(roster == [Person(name: "Øjvind Ågesen", department: "MBU"), Person(name: "Lauridsen; Helle Bach", department: "MSO")])
    }

    @Test func problemsNameTheCSVFileLineAndColumn() {
        let csv = "name,department,phone\nÅse Østergaard,MBV,123\n,MBU\n\"Søren, Ærbø\",XYZ\nÅse Østergaard,MBU\n"
        let outcome = Self.parse(csv: Array(csv.utf8))
        #expect(outcome.diagnostics.map(\.description) == [
            "dir/folk.csv:1:17: warning: the roster column 'phone' is not used; the columns read are name and department",
            "dir/folk.csv:2:16: error: Åse Østergaard is in an unknown department 'MBV'; did you mean 'MBU'?",
            "dir/folk.csv:3:1: error: this roster row has no name",
            "dir/folk.csv:4:15: error: Søren, Ærbø is in an unknown department 'XYZ'; the departments are: MBU, MSO",
        ])
        #expect(outcome.workshop == nil)
    }

    @Test func aMissingHeaderIsExplained() {
        let outcome = Self.parse(csv: Array("Åse Østergaard;MBU\n".utf8))
        #expect(outcome.diagnostics.map(\.description) == [
            "dir/folk.csv:1:1: error: the roster file's first line must name its columns: 'name' and 'department' (or 'navn' and 'afdeling'); found 'Åse Østergaard;MBU'",
        ])
    }

    @Test func aLatin1RosterIsRefused() {
        let bytes = Array("navn;afdeling\nS".utf8) + [0xF8] + Array("ren;MBU\n".utf8)
        #expect(Self.parse(csv: bytes).diagnostics.map(\.description) == [
            "dir/folk.csv:2:2: error: this line is not valid UTF-8 text (byte 0xF8); the file was probably saved as Latin-1 or Windows-1252 — save it again with the encoding UTF-8",
        ])
    }

    @Test func anEmptyRosterFileIsExplained() {
        #expect(Self.parse(csv: []).diagnostics.map(\.description) == [
            "dir/folk.csv:1:1: error: the roster file is empty; its first line must be the header 'name,department'",
        ])
    }
}
