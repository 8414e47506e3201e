import SamskabModel
@testable import SamskabSession

/// A small workshop and an event factory for fold tests.
enum Fixture {
    static let workshop = Workshop(
        title: "Dag",
        departments: [Department(code: "MBU", name: "Børn og Unge"), Department(code: "MSO", name: "Sundhed og Omsorg")],
        roster: [Person(name: "Åse Østergaard", department: "MBU")],
        program: [
            ProgramItem(title: "Velkomst", minutes: 10, content: .talk(Talk(speaker: "Direktørgruppen"))),
            ProgramItem(title: "Drøftelse", minutes: 30, content: .discussion(Discussion(questions: ["Hvorfor?", "Hvordan?"]))),
            ProgramItem(title: "Pause", minutes: 15, content: .pause(Pause())),
            ProgramItem(title: "Opsamling", minutes: 20, content: .harvest(Harvest(prompts: ["Det vigtigste er…"]))),
        ])

    /// Builds records with consecutive sequence numbers, one second apart.
    struct Log {
        var records: [EventRecord] = []

        @discardableResult
        mutating func add(_ event: Event, by actor: Actor = .facilitator) -> EventRecord {
            let record = Self.record(event, sequence: records.count + 1, by: actor)
            records.append(record)
            return record
        }

        static func record(_ event: Event, sequence: Int, by actor: Actor = .facilitator) -> EventRecord {
            EventRecord(sequence: sequence, id: "e\(sequence)",
                        time: Timestamp(millisecondsSinceEpoch: 1_567_155_600_000 + Int64(sequence) * 1000),
                        writer: "test", actor: actor, event: event)
        }
    }
}

extension SessionError {
    /// Refusals compare by their English words; the Danish ones are checked where they are shown.
    init(_ english: String) {
        self.init(english, danish: "")
    }
}
