import SamskabModel

/// Properties every input must keep as an event, whatever the bytes: decoding it never traps; a
/// line read as an event writes back to a line that reads as the same event; a refused event
/// changes nothing. The line format's own properties are `JournalLineFormatCheck`'s. Used by the
/// fuzzer (`samskab-fuzz`) and by `swift test` over the fuzzer's corpus.
public enum EventLineSelfCheck {
    /// nil when every property holds; otherwise which one broke.
    public static func check(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let record = try? EventRecord(line: bytes) else { return nil }
        let again = record.line()
        guard let reread = try? EventRecord(line: again.dropLast()[...]) else { return "a decoded event writes a line that does not read" }
        if reread.event != record.event || reread.sequence != record.sequence {
            return "a decoded event does not read back the same"
        }
        var state = SessionState(workshop: workshop)
        try? state.apply(Fixture.move(to: 1))
        let before = state
        do {
            try state.apply(EventRecord(version: record.version, sequence: 2, id: record.id, time: record.time,
                                        writer: record.writer, actor: record.actor, event: record.event))
        } catch {
            if before != state { return "a refused event changed the state" }
        }
        return nil
    }

    /// A small day to fold fuzzed events into.
    static let workshop = Workshop(
        title: "Dag",
        departments: [Department(code: "MBU", name: "Børn og Unge")],
        roster: [Person(name: "Åse Østergaard", department: "MBU")],
        program: [
            ProgramItem(title: "Velkomst", minutes: 10, content: .talk(Talk(speaker: "Direktørgruppen"))),
            ProgramItem(title: "Drøftelse", minutes: 30, content: .discussion(Discussion(questions: ["Hvorfor?", "Hvordan?"]))),
        ])

    enum Fixture {
        static func move(to item: Int) -> EventRecord {
            EventRecord(sequence: 1, id: "fixture", time: Timestamp(millisecondsSinceEpoch: 1_567_155_600_000),
                        writer: "fuzz", actor: .facilitator, event: .phaseMoved(item: item))
        }
    }
}
