import Foundation
import SamskabModel
import SamskabFiles

/// A scratch folder holding a small definition, for tests on real files.
struct TestFolder {
    let url: URL
    var path: String { url.path }
    var definition: String { path + "/dag.yaml" }
    var session: String { path + "/session" }
    var journal: String { session + "/journal.jsonl" }

    static let definitionText = """
        title: Dag
        departments:
          - code: MBU
            name: Børn og Unge
        roster: folk.csv
        program:
          - kind: talk
            title: Velkomst
            minutes: 10
          - kind: discussion
            title: Drøftelse
            questions: [Hvorfor?, Hvordan?]
            minutes: 30

        """

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("samskab-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Self.definitionText.write(toFile: definition, atomically: true, encoding: .utf8)
        try "navn;afdeling\nÅse Østergaard;MBU\n".write(toFile: path + "/folk.csv", atomically: true, encoding: .utf8)
    }

    static let today = CalendarDate(year: 2026, month: 11, day: 29)!

    func start() throws -> SessionFolder {
        try SessionFolder.start(definition: definition, at: session, today: Self.today).folder
    }

    func journalText() throws -> String { try String(contentsOfFile: journal, encoding: .utf8) }

    func writeJournal(_ text: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journal))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func appendRaw(_ bytes: [UInt8]) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journal))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
    }
}
