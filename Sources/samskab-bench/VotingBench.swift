import SamskabModel
import SamskabScreens
import SamskabSession
import SamskabPlanning

/// Dot voting at a large opsamling: 500 people, 500 notes of which 200 in 50 clusters, every
/// person placing 3 dots (1,500 votes, a third of them on clustered notes). How long one vote
/// takes to decide and apply at the end, how long the whole day's journal takes to fold again,
/// and the revealed board (ranked, 200×60) drawn.
enum VotingBench {
    static let people = 500, notes = 500, clusters = 50, dots = 3

    static func run() -> Int32 {
        let workshop = Workshop(title: "Opsamling", program: [
            ProgramItem(title: "Opsamling", minutes: 25,
                        content: .harvest(Harvest(prompts: ["Det vigtigste er…", "Vi tager med…"], dotsPerParticipant: dots))),
        ])
        var state = SessionState(workshop: workshop)
        var records: [EventRecord] = []
        var voteSamples = Samples()
        func submit(_ command: Command, by requester: Requester = .facilitator, timed: Bool = false) -> EventRecord? {
            let sequence = state.lastSequence + 1
            var record: EventRecord?
            let seconds = Stopwatch.measure {
                guard let (actor, event) = try? Engine.decide(command, by: requester, in: state) else { return }
                let made = EventRecord(sequence: sequence, id: "e\(sequence)", time: Timestamp(millisecondsSinceEpoch: Int64(sequence) * 1000),
                                       writer: "bench", actor: actor, event: event)
                guard (try? state.apply(made)) != nil else { return }
                record = made
            }
            if timed { voteSamples.add(seconds) }
            if let record { records.append(record) }
            return record
        }
        var personIDs: [String] = []
        for index in 0..<people {
            if let record = submit(.addParticipant(name: "Person \(index)", department: nil)) {
                personIDs.append(SessionState.participantID(sequence: record.sequence))
            }
        }
        var noteIDs: [String] = []
        for index in 0..<notes {
            if let record = submit(.addNote(NoteRequest(text: "Note \(index) om samskabelse og tillid", question: 1 + index % 2))) {
                noteIDs.append(SessionState.noteID(sequence: record.sequence))
            }
        }
        for cluster in 0..<clusters {
            _ = submit(.cluster(notes: (0..<4).map { noteIDs[cluster * 4 + $0] }, name: "Klynge \(cluster)"))
        }
        _ = submit(.openVoting(item: 0, on: .notes, dots: dots, maxPerNote: nil))
        var random = SeededRandom(seed: 2019)
        for person in personIDs {
            for _ in 0..<dots {
                // Skewed: a third of the dots on the first 200 notes (all clustered), the rest anywhere.
                let note = noteIDs[Int(random.next() % 3) == 0 ? Int(random.next() % 200) : Int(random.next() % UInt64(notes))]
                _ = submit(.vote(note: note, voter: person, item: 0, adding: true), by: .participant(id: person), timed: true)
            }
        }
        _ = submit(.closeVoting(item: 0))
        _ = submit(.revealVoting(item: 0))
        var foldSamples = Samples()
        for _ in 0..<11 {
            foldSamples.add(Stopwatch.measure { _ = try? SessionState.fold(workshop, records) })
        }
        var drawSamples = Samples()
        let frame = ProjectorFrame(state: state, view: ProjectorView(language: .danish), now: Timestamp(millisecondsSinceEpoch: 0),
                                   utcOffsetSeconds: 0)
        for _ in 0..<21 {
            drawSamples.add(Stopwatch.measure { _ = ProjectorScreen.render(frame, width: 200, height: 60) })
        }
        let placed = state.liveDots(item: 0).count
        print("| dot voting: \(people) people, \(notes) notes, \(clusters) clusters of 4, \(placed) dots | median | p99 |")
        print("|---|---|---|")
        print("| one vote decided and applied (each of the \(voteSamples.values.count) as it came) | \(milliseconds(voteSamples.median)) ms | \(milliseconds(voteSamples.p99)) ms |")
        print("| the day's \(records.count) events folded again | \(milliseconds(foldSamples.median)) ms | \(milliseconds(foldSamples.p99)) ms |")
        print("| the revealed board drawn at 200×60 (ranked, clusters as one) | \(milliseconds(drawSamples.median)) ms | \(milliseconds(drawSamples.p99)) ms |")
        return 0
    }
}
