import SamskabJournalLine

/// A person joins the roster on the day (the kiosk, `samskab participant add`, a new author).
/// Their id is `p<seq>`.
public struct ParticipantAdded: EventPayload {
    public static let type = "participant.added"
    public static let examples = [ParticipantAdded(name: "Åse Østergaard, MBU", department: "MBU",
                                                   seats: [ItemSeat(item: 2, table: 4)]),
                                  ParticipantAdded(name: "Bo", department: nil)]

    public var name: String
    public var department: String?
    /// Someone who joins is in the room: a seat at the smallest fitting table of the current plan.
    public var seats: [ItemSeat]

    public init(name: String, department: String?, seats: [ItemSeat] = []) {
        self.name = name
        self.department = department
        self.seats = seats
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("name", name)
        line.field("department", department)
        seats.encode(to: &line)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        name = try line.requiredText("name")
        department = try line.text("department")
        seats = try [ItemSeat](from: line)
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        let code = try state.knownDepartment(department)
        try state.checkNewName(name, department: code)
        let id = SessionState.participantID(sequence: record.sequence)
        let plans = try state.seated(id, at: seats)
        let parts = [Part.participant(id)] + plans.keys.sorted().map { Part.tablePlan($0) }
        return state.recording(parts, undoable: record.actor == .facilitator) { state in
            state.participants[id] = Participant(id: id, name: name, department: code)
            for (item, plan) in plans { state.tablePlans[item] = plan }
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "tilføj \(name) til listen" : "add \(name) to the roster" }
}

/// A name or department corrected. Notes keep pointing at the person, so they show the new name.
public struct ParticipantRenamed: EventPayload {
    public static let type = "participant.renamed"
    public static let examples = [ParticipantRenamed(participant: "r1", name: "Åse Østergård", department: "MSO")]

    public var participant: String
    public var name: String
    public var department: String?

    public init(participant: String, name: String, department: String?) {
        self.participant = participant
        self.name = name
        self.department = department
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("participant", participant)
        line.field("name", name)
        line.field("department", department)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        participant = try line.requiredText("participant")
        name = try line.requiredText("name")
        department = try line.text("department")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        let person = try state.checkParticipant(participant)
        let code = try state.knownDepartment(department)
        if person.name == name && person.department == code {
            throw SessionError("\(name) already has that name and department",
                               danish: "\(name) har allerede det navn og den afdeling")
        }
        try state.checkNewName(name, department: code, except: participant)
        return state.recording([.participant(participant)], undoable: record.actor == .facilitator) { state in
            state.participants[participant] = Participant(id: participant, name: name, department: code, absent: person.absent)
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "omdøb \(participant) til \(name)" : "rename \(participant) to \(name)" }
}

extension SessionState {
    /// Names can repeat, but only where the department tells the people apart.
    func checkNewName(_ name: String, department: String?, except id: String? = nil) throws(SessionError) {
        let clash = participants(named: name).first { person in
            person.id != id && (department == nil || person.department == nil || person.department == department)
        }
        if let clash {
            throw SessionError("\(clash.name) is already on the roster"
                               + (clash.department.map { " (\($0))" } ?? "")
                               + "; two people of one name need different departments",
                               danish: "\(clash.name) står allerede på listen"
                               + (clash.department.map { " (\($0))" } ?? "")
                               + "; to med samme navn skal have hver sin afdeling")
        }
    }
}
