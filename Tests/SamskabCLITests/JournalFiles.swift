import Foundation

/// Reading a journal back in tests, with Foundation's JSON parser (independent of samskab's).
struct JournalFile {
    let lines: [[String: Any]]
    let text: String

    init(_ path: String) throws {
        text = try String(contentsOfFile: path, encoding: .utf8)
        lines = try text.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CocoaError(.coderReadCorrupt)
            }
            return object
        }
    }

    var sequences: [Int] { lines.compactMap { $0["seq"] as? Int } }
    var ids: [String] { lines.compactMap { $0["id"] as? String } }
    /// Note ids as the journal gives them: "n" + the sequence number of their note.added line.
    var noteIDs: Set<String> {
        Set(lines.filter { $0["type"] as? String == "note.added" }.compactMap { ($0["seq"] as? Int).map { "n\($0)" } })
    }
}

/// A workshop whose first item takes notes, for tests that only add notes.
enum NotesWorkshop {
    static let text = """
        title: Drøftelsesdag
        departments:
          - code: MBU
            name: Børn og Unge
          - code: MSO
            name: Sundhed og Omsorg
        roster:
          - name: Åse Østergaard
            department: MBU
        program:
          - kind: discussion
            title: "Gruppedrøftelse: Ledelse af samskabelse"
            questions:
              - Hvordan gør jeg en positiv forskel?
              - Hvad har jeg brug for hjælp til?
            minutes: 45
          - kind: break
            title: Kaffepause
            minutes: 15
          - kind: harvest
            title: Opsamling
            prompts: [Det, der har gjort størst indtryk på mig, er…]
            minutes: 20

        """

    /// Writes the definition and starts a session; returns the session folder.
    static func start(in folder: URL) throws -> String {
        try text.write(to: folder.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        let started = try BinaryRunner.run(["start", "dag.yaml", "--session", "session"], in: folder)
        guard started.status == 0, started.stdout == "session\n" else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: started.stderr])
        }
        return folder.appendingPathComponent("session").path
    }
}
