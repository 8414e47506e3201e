import SamskabModel
import SamskabJournalLine

/// What the engine checks before any event is written: that its line stays within `DayLimits`,
/// the bounds the journal reader holds every line to, and that the line reads back as the same
/// event. A command that would go beyond them is refused in Danish and English, so a day never
/// writes what it cannot read (a session that opens read-only after its own plan).
public enum WriteLimits {
    public static func check(_ event: Event, by actor: Actor, in state: SessionState) throws(SessionError) {
        try checkPeople(event, in: state)
        if let plan = event.as(TablesPlanned.self)?.plan ?? event.as(PhaseMoved.self)?.plan {
            try checkTables(plan)
        }
        if let plan = event.as(PairsPlanned.self)?.plan {
            try checkWalk(plan)
        }
        try checkReadsBack(event, by: actor, in: state)
    }

    /// One more person, where the roster already holds the most a day can: every plan has a
    /// seat for each person present, and a plan's seats are one list.
    static func checkPeople(_ event: Event, in state: SessionState) throws(SessionError) {
        let arrives: Bool
        if event.as(ParticipantAdded.self) != nil {
            arrives = true
        } else if let note = event.as(NoteAdded.self)?.draft, note.authorID == nil, let name = note.author {
            arrives = state.participant(named: name, department: note.department) == nil
        } else {
            arrives = false
        }
        guard arrives, state.participants.count >= DayLimits.people else { return }
        throw SessionError(
            "the day already has \(state.participants.count) people, the most one session can hold (\(DayLimits.people)); nobody more can join",
            danish: "dagen har allerede \(state.participants.count) deltagere, det højeste antal en session kan rumme (\(DayLimits.people)); der kan ikke komme flere")
    }

    static func checkTables(_ plan: PlannedTables) throws(SessionError) {
        if plan.tables.count > DayLimits.tables {
            throw SessionError("the plan would have \(plan.tables.count) tables; a plan has at most \(DayLimits.tables)",
                               danish: "planen ville få \(plan.tables.count) borde; en plan har højst \(DayLimits.tables)")
        }
        if plan.seats.count > DayLimits.listEntries {
            throw SessionError("the plan would seat \(plan.seats.count) people; a plan seats at most \(DayLimits.listEntries)",
                               danish: "planen ville placere \(plan.seats.count) personer; en plan placerer højst \(DayLimits.listEntries)")
        }
    }

    static func checkWalk(_ plan: PlannedPairs) throws(SessionError) {
        if plan.visits.count > DayLimits.rounds {
            throw SessionError("the walk would have \(plan.visits.count) rounds; a walk has at most \(DayLimits.rounds)",
                               danish: "ferniseringen ville få \(plan.visits.count) runder; en fernisering har højst \(DayLimits.rounds)")
        }
        let walking = plan.groups.reduce(0) { $0 + $1.count }
        let visits = plan.visits.reduce(0) { total, round in total + round.count { $0 != nil } }
        if walking > DayLimits.listEntries || visits > DayLimits.listEntries {
            throw SessionError("the walk would have \(walking) people and \(visits) visits; a walk has at most \(DayLimits.listEntries) of each",
                               danish: "ferniseringen ville få \(walking) deltagere og \(visits) besøg; en fernisering har højst \(DayLimits.listEntries) af hver")
        }
    }

    /// The line the event makes, read back as the journal reader will read it.
    static func checkReadsBack(_ event: Event, by actor: Actor, in state: SessionState) throws(SessionError) {
        let (sequence, overflow) = state.lastSequence.addingReportingOverflow(1)
        let record = EventRecord(sequence: overflow ? 1 : sequence, id: String(repeating: "0", count: 32),
                                 time: Timestamp(millisecondsSinceEpoch: 0), writer: "samskab", actor: actor, event: event)
        let line = record.line()
        do throws(JournalLineError) {
            let reread = try EventRecord(line: line.dropLast()[...])
            if reread.event == event { return }
            throw JournalLineError("it reads back as another event")
        } catch {
            throw SessionError("samskab would write a line it cannot read back (\(error.description)), so nothing was written",
                               danish: "samskab ville skrive en linje, den ikke kan læse igen (\(error.description)), så intet blev skrevet")
        }
    }
}
