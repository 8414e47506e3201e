import SamskabJournalLine

/// A person on the roster is not in the room: plans use only the people present, and they leave
/// their table (and their pair) in the plans of the current and later items (earlier plans keep
/// who sat where).
public struct ParticipantAbsent: EventPayload {
    public static let type = "participant.absent"
    public static let examples = [ParticipantAbsent(participant: "r4")]

    public var participant: String

    public init(participant: String) {
        self.participant = participant
    }

    public func encode(to line: inout JournalLineWriter) { line.field("participant", participant) }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        participant = try line.requiredText("participant")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var person = try state.checkParticipant(participant)
        if person.absent {
            throw SessionError("\(person.name) is already marked absent", danish: "\(person.name) er allerede meldt fraværende")
        }
        person.absent = true
        let left = state.tablePlans.filter { $0.key >= state.position && $0.value.table(of: participant) != nil }
        let walksIn = state.pairPlans.filter { $0.key >= state.position && $0.value.group(of: participant) != nil }
        let parts = [Part.participant(participant)] + left.keys.sorted().map { Part.tablePlan($0) }
            + walksIn.keys.sorted().map { Part.pairPlan($0) }
        return state.recording(parts, undoable: record.actor == .facilitator) { state in
            state.participants[participant] = person
            for item in left.keys { state.tablePlans[item]?.unseat(participant) }
            // Their partner walks on alone or joins a trio; the facilitator sees it on the plan.
            for item in walksIn.keys {
                for index in state.pairPlans[item]?.groups.indices ?? 0..<0 { state.pairPlans[item]?.groups[index].removeAll { $0 == participant } }
            }
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "meld \(participant) fraværende" : "mark \(participant) absent"
    }
}

/// A person marked absent has arrived: they get a seat at the smallest fitting table of the
/// current (and any later) plan, as the engine chose it.
public struct ParticipantPresent: EventPayload {
    public static let type = "participant.present"
    public static let examples = [ParticipantPresent(participant: "r4", seats: [ItemSeat(item: 2, table: 3)]),
                                  ParticipantPresent(participant: "p12", seats: [])]

    public var participant: String
    public var seats: [ItemSeat]

    public init(participant: String, seats: [ItemSeat]) {
        self.participant = participant
        self.seats = seats
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("participant", participant)
        seats.encode(to: &line)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        participant = try line.requiredText("participant")
        seats = try [ItemSeat](from: line)
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var person = try state.checkParticipant(participant)
        if !person.absent {
            throw SessionError("\(person.name) is already marked present", danish: "\(person.name) er allerede meldt til stede")
        }
        person.absent = false
        var arrived = state
        arrived.participants[participant] = person
        let plans = try arrived.seated(participant, at: seats)
        let parts = [Part.participant(participant)] + plans.keys.sorted().map { Part.tablePlan($0) }
        return state.recording(parts, undoable: record.actor == .facilitator) { state in
            state.participants[participant] = person
            for (item, plan) in plans { state.tablePlans[item] = plan }
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "meld \(participant) til stede" : "mark \(participant) present"
    }
}
