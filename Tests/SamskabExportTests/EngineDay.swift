import SamskabModel
import SamskabSession

/// A session driven through the engine as the journal would drive it: one record per command,
/// each a minute after the last from 09:00 local time (07:00 UTC) on the workshop's day.
struct EngineDay {
    var state: SessionState
    private(set) var records: [EventRecord] = []
    static let start = Timestamp(iso: "2019-08-30T07:00:00.000Z")!

    init(_ workshop: Workshop) {
        state = SessionState(workshop: workshop)
    }

    /// Submits a command; returns its record's sequence number.
    @discardableResult
    mutating func submit(_ command: Command, by requester: Requester = .facilitator, random: UInt64 = 42) throws -> Int {
        let (actor, event) = try Engine.decide(command, by: requester, in: state, random: random)
        return try record(event, by: actor)
    }

    /// Writes an event as it is, past the engine (a plan fixed by hand rather than drawn).
    @discardableResult
    mutating func record(_ event: Event, by actor: Actor = .facilitator) throws -> Int {
        let sequence = records.count + 1
        let record = EventRecord(sequence: sequence, id: "e\(sequence)", time: Self.start.adding(seconds: Double(sequence) * 60),
                                 writer: "test", actor: actor, event: event)
        try state.apply(record)
        records.append(record)
        return sequence
    }

    /// The id of the first person of that name.
    func person(_ name: String) -> String { state.participants(named: name).first?.id ?? name }

    /// A note signed by `author` (at their own table) or anonymous, answering `question` of the current item.
    @discardableResult
    mutating func note(_ text: String, by author: String? = nil, question: Int? = nil, table: String? = nil) throws -> String {
        let sequence = try submit(.addNote(NoteRequest(text: text, author: author.map { .signed(name: $0) } ?? .anonymous,
                                                       group: table, question: question)), by: .participant(id: nil))
        return SessionState.noteID(sequence: sequence)
    }

    /// The name of someone seated at table `number` of the current item's plan.
    func someone(atTable number: Int, index: Int = 0) -> String {
        guard let members = state.tablePlans[state.position]?.table(number: number)?.members, !members.isEmpty else { return "?" }
        return state.participants[members[index % members.count]]?.name ?? "?"
    }
}
