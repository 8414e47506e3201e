import Foundation
import SamskabModel
import SamskabSession
@testable import SamskabExport

/// The seed's day after a scripted session: notes in three items (Danish, emoji, groups,
/// anonymous, hostile texts), key points with a merge and an edited wording, next steps.
enum ExportFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let workshop: Workshop = {
        let folder = packageRoot.appendingPathComponent("Workshops")
        let bytes = try! Array(Data(contentsOf: folder.appendingPathComponent("ledelse-af-samskabelse-2019-08-30.yaml")))
        return WorkshopParser.parse(bytes: bytes, file: "seed") { name in
            let data = try? Data(contentsOf: folder.appendingPathComponent(name))
            return data.map { .contents(path: name, bytes: Array($0)) } ?? .unreadable(reason: "missing")
        }.workshop!
    }()

    static let hostile = [
        "<script>alert(1)</script>",
        "# Ikke en overskrift *fed* _kursiv_ [link](http://x) `kode` | tabel |",
        "=HYPERLINK(\"http://x\";\"klik\")",
        "+45 1234 5678",
        "-1 og @navn",
        "1. ikke en liste\n> ikke et citat\nanden linje; med \"citat\", komma",
    ]

    static func state() -> SessionState {
        var records: [EventRecord] = []
        let start = Timestamp(iso: "2019-08-30T07:00:00.000Z")!
        func add(_ event: Event, at minutes: Double, by actor: Actor = .facilitator) {
            let sequence = records.count + 1
            records.append(EventRecord(sequence: sequence, id: "e\(sequence)", time: start.adding(seconds: minutes * 60),
                                       writer: "test", actor: actor, event: event))
        }
        add(.timerStarted(item: 0), at: 0)
        add(.phaseMoved(item: 2), at: 36)
        add(.noteAdded(NoteDraft(text: "Æblegrød på Ærø 🍎 — samskabelse", author: "Åse Østergaard", department: "MKB",
                                 group: "Bord 1", item: 2)), at: 40, by: .participant)
        add(.noteAdded(NoteDraft(text: "Tillid frem for kontrol", author: "Søren Ærbø", department: "MTM", group: "Bord 2",
                                 item: 2)), at: 41, by: .participant)
        for (index, text) in hostile.enumerated() {
            add(.noteAdded(NoteDraft(text: text, department: "MBU", group: "Bord 3", item: 2)), at: 42 + Double(index) / 10,
                by: .participant)
        }
        add(.phaseMoved(item: 8), at: 202)
        add(.noteAdded(NoteDraft(text: "Vi skal turde lede på tværs", author: "Helle Bach Lauridsen", department: "MBU",
                                 item: 8, question: 1)), at: 210, by: .participant)
        add(.noteAdded(NoteDraft(text: "Spørg borgerne først 👩‍👩‍👧", item: 8, question: 3)), at: 212, by: .participant)
        add(.noteAdded(NoteDraft(text: "Generel bemærkning", author: "Kirsten Ødum", department: "MKB", item: 8)),
            at: 213, by: .participant)
        add(.phaseMoved(item: 12), at: 337)
        add(.noteAdded(NoteDraft(text: "Borgerperspektivet fra Frederiksbjerg Spirer", author: "Lene Søgaard",
                                 department: "MSO", item: 12, question: 1)), at: 340, by: .participant)
        add(.noteAdded(NoteDraft(text: "tillid før kontrol", item: 12, question: 2)), at: 341, by: .participant)
        add(.noteAdded(NoteDraft(text: "Vi skal have tillid frem for kontrol", item: 12, question: 2)), at: 342, by: .participant)
        add(.keyPointMarked(note: "n4", text: "Tillid frem for kontrol", merged: ["n17", "n18"]), at: 350)
        add(.keyPointMarked(note: "n16", text: nil), at: 351)
        add(.actionAdded(text: "Møde med Anne Vest (CFIA) om ledelsestræningen", owner: "MBU", due: CalendarDate(year: 2019, month: 10, day: 1)),
            at: 352)
        add(.actionAdded(text: "Del opsamlingen med alle deltagere", owner: "Helle Bach Lauridsen", due: nil), at: 353)
        add(.phaseMoved(item: 13), at: 360)
        return try! SessionState.fold(workshop, records)
    }

    static let offset = 7200
    static func summary() -> DaySummary { DaySummary(state(), utcOffsetSeconds: offset) }
}
