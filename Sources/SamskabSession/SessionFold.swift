import SamskabModel

extension SessionState {
    /// The state after all `records`, in order; throws at the first event that breaks a rule.
    public static func fold(_ workshop: Workshop, _ records: [EventRecord]) throws(SessionError) -> SessionState {
        var state = SessionState(workshop: workshop)
        for record in records { try state.apply(record) }
        return state
    }

    /// Checks `record` against the current state and applies it. On error the state is unchanged:
    /// every event type checks everything before its first change, so a refused event leaves no
    /// trace (and no copy of the state is needed, which keeps replay linear).
    public mutating func apply(_ record: EventRecord) throws(SessionError) {
        let outcome = try record.event.payload.apply(to: &self, record)
        if record.actor == .facilitator, !outcome.managesUndo {
            undoStack.append(UndoEntry(eventID: record.id, changes: outcome.changes))
            redoStack.removeAll()
        }
        lastSequence = record.sequence
        lastTime = record.time
    }

    // MARK: Checks shared by the event types

    /// The department code as the workshop spells it; nil stays nil.
    public func knownDepartment(_ code: String?) throws(SessionError) -> String? {
        guard let code else { return nil }
        if let department = workshop.department(code: code) { return department.code }
        let codes = workshop.departments.map(\.code)
        if codes.isEmpty {
            throw SessionError("this workshop has no departments, so '\(code)' cannot be one",
                               danish: "denne workshop har ingen afdelinger, så '\(code)' kan ikke være en")
        }
        throw SessionError("unknown department '\(code)'; the departments are: \(codes.joined(separator: ", "))",
                           danish: "ukendt afdeling '\(code)'; afdelingerne er: \(codes.joined(separator: ", "))")
    }

    func liveNote(_ id: String) throws(SessionError) -> Note {
        guard let note = notes[id] else { throw SessionError("there is no note \(id)", danish: "der er ingen note \(id)") }
        if note.withdrawn { throw SessionError("note \(id) has been withdrawn", danish: "note \(id) er fjernet") }
        return note
    }

    func checkItem(_ index: Int) throws(SessionError) {
        let count = workshop.program.count
        if !(0..<count).contains(index) {
            throw SessionError("there is no item \(index + 1); the program has items 1–\(count)",
                               danish: "der er intet punkt \(index + 1); programmet har punkt 1–\(count)")
        }
    }

    func checkCurrent(_ item: Int, doing action: String, danish: String) throws(SessionError) {
        try checkItem(item)
        if item != position {
            throw SessionError("cannot \(action) item \(item + 1): the current item is \(position + 1)",
                               danish: "kan ikke \(danish) punkt \(item + 1): det aktuelle punkt er \(position + 1)")
        }
    }

    func checkParticipant(_ id: String) throws(SessionError) -> Participant {
        guard let person = participants[id] else {
            throw SessionError("there is no participant \(id)", danish: "der er ingen deltager \(id)")
        }
        return person
    }

    /// The key point a note is merged into, if any.
    public func keyPoint(merging note: String) -> KeyPoint? {
        keyPoints.values.first { $0.merged.contains(note) }
    }
}
