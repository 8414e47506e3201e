import Foundation
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The seed's day at fixed moments, so every frame is the same every run.
enum ScreenFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let workshop: Workshop = {
        let folder = packageRoot.appendingPathComponent("Workshops")
        let bytes = try! Array(Data(contentsOf: folder.appendingPathComponent("ledelse-af-samskabelse-2019-08-30.yaml")))
        let outcome = WorkshopParser.parse(bytes: bytes, file: "seed") { name in
            let data = try? Data(contentsOf: folder.appendingPathComponent(name))
            return data.map { .contents(path: name, bytes: Array($0)) } ?? .unreadable(reason: "missing")
        }
        return outcome.workshop!
    }()

    /// 09:00 in Aarhus on the day (CEST, UTC+2).
    static let nineOClock = Timestamp(iso: "2019-08-30T07:00:00.000Z")!
    static let offset = 7200

    static func at(_ minutes: Double) -> Timestamp { nineOClock.adding(seconds: minutes * 60) }

    /// Builds a journal: events one after another at the given minutes after 09:00.
    struct Script {
        var records: [EventRecord] = []

        mutating func add(_ event: Event, at minutes: Double, by actor: Actor = .facilitator) {
            let sequence = records.count + 1
            records.append(EventRecord(sequence: sequence, id: "e\(sequence)", time: ScreenFixture.at(minutes),
                                       writer: "test", actor: actor, event: event))
        }

        /// Moves to `item` (0-based) at `minutes`, with the timer running from then.
        mutating func move(to item: Int, at minutes: Double) {
            add(.phaseMoved(item: item), at: minutes)
        }

        func state() -> SessionState { try! SessionState.fold(ScreenFixture.workshop, records) }
    }

    static let longNote = String(repeating: "Samskabelse kræver mod, tillid og tid — også når det er svært. ", count: 8)
        .prefix(500).trimmingCharacters(in: .whitespaces)

    /// The gruppedrøftelse with notes in several questions: Danish, emoji, CJK, a 500-character
    /// note, an anonymous one and a key point.
    static func discussionState() -> SessionState {
        var script = Script()
        script.move(to: 8, at: 200)
        let notes: [(String, String?, String?, Int?)] = [
            ("Æblegrød på Ærø 🍎 — samskabelse", "Åse Østergaard", "MKB", 1),
            ("Vi skal turde lede på tværs af afdelingerne, også når det er svært", "Søren Ærbø", "MTM", 1),
            (String(longNote), "Helle Bach Lauridsen", "MBU", 2),
            ("Tillid frem for kontrol", nil, "MSO", 2),
            ("中文 テスト 👩‍👩‍👧 ok", "Kirsten Ødum", "MKB", 3),
            ("Spørg borgerne først", "Øjvind Ågesen", "BA", 5),
        ]
        for (index, note) in notes.enumerated() {
            script.add(.noteAdded(NoteDraft(text: note.0, author: note.1, department: note.2, item: 8, question: note.3)),
                       at: 201 + Double(index), by: .participant)
        }
        script.add(.keyPointMarked(note: "n5", text: nil), at: 208)
        return script.state()
    }
}
