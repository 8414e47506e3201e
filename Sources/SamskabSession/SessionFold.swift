import SamskabModel

extension SessionState {
    /// The state after all `records`, in order; throws at the first event that breaks a rule.
    public static func fold(_ workshop: Workshop, _ records: [EventRecord]) throws(SessionError) -> SessionState {
        var state = SessionState(workshop: workshop)
        for record in records { try state.apply(record) }
        return state
    }

    /// Checks `record` against the current state and applies it. On error the state is unchanged.
    /// Every check runs before the first change, so a refused event leaves no trace
    /// (and no copy of the state is needed, which keeps replay linear).
    public mutating func apply(_ record: EventRecord) throws(SessionError) {
        try applyUnchecked(record)
        lastSequence = record.sequence
        lastTime = record.time
    }

    private mutating func applyUnchecked(_ record: EventRecord) throws(SessionError) {
        let undoable = record.actor == .facilitator
        var changes: [SlotChange] = []
        switch record.event {
        case .participantAdded(let name, let department):
            let key = Participant.key(name)
            if participants[key] != nil { throw SessionError("\(name) is already on the roster", danish: "\(name) står allerede på listen") }
            let code = try knownDepartment(department)
            changes = recording([.participant(key: key, nil)], undoable: undoable) { state in
                state.participants[key] = Participant(name: name, department: code)
            }

        case .noteAdded(let draft):
            let note = try admit(draft, record: record)
            changes = recording([.note(id: note.id, nil)], undoable: undoable) { state in state.notes[note.id] = note }

        case .noteEdited(let id, let text):
            var note = try liveNote(id)
            if note.text == text { throw SessionError("note \(id) already has that text", danish: "note \(id) har allerede den tekst") }
            note.text = text
            note.editedAt = record.time
            changes = recording([.note(id: id, nil)], undoable: undoable) { state in state.notes[id] = note }

        case .noteWithdrawn(let id):
            var note = try liveNote(id)
            note.withdrawn = true
            changes = recording([.note(id: id, nil)], undoable: undoable) { state in state.notes[id] = note }

        case .phaseMoved(let target):
            try checkItem(target)
            if target == position { throw SessionError("the program is already at item \(target + 1)", danish: "programmet er allerede ved punkt \(target + 1)") }
            let from = position
            changes = recording([.position(0), .timer(item: from, nil), .timer(item: target, nil)], undoable: undoable) { state in
                state.timers[from, default: ItemTimer()].pause(at: record.time)
                state.timers[target, default: ItemTimer()].start(at: record.time)
                state.position = target
            }
            moves.append(Move(sequence: record.sequence, from: from, to: target, time: record.time))

        case .timerStarted(let item):
            try checkCurrent(item, doing: "start the timer of")
            if timer(item: item).isRunning { throw SessionError("the timer of item \(item + 1) is already running", danish: "uret for punkt \(item + 1) kører allerede") }
            changes = recording([.timer(item: item, nil)], undoable: undoable) { state in
                state.timers[item, default: ItemTimer()].start(at: record.time)
            }

        case .timerPaused(let item):
            try checkCurrent(item, doing: "pause the timer of")
            if !timer(item: item).isRunning { throw SessionError("the timer of item \(item + 1) is not running", danish: "uret for punkt \(item + 1) kører ikke") }
            changes = recording([.timer(item: item, nil)], undoable: undoable) { state in
                state.timers[item, default: ItemTimer()].pause(at: record.time)
            }

        case .timerExtended(let item, let minutes):
            try checkItem(item)
            let planned = workshop.program[item].minutes + timer(item: item).extraMinutes
            if minutes == 0 { throw SessionError("extend by at least one minute", danish: "forlæng med mindst ét minut") }
            if planned + minutes < 1 {
                throw SessionError("item \(item + 1) has \(planned) minutes; it cannot be shortened by \(-minutes)",
                                   danish: "punkt \(item + 1) har \(planned) minutter; det kan ikke forkortes med \(-minutes)")
            }
            changes = recording([.timer(item: item, nil)], undoable: undoable) { state in
                state.timers[item, default: ItemTimer()].extraMinutes += minutes
            }

        case .keyPointMarked(let id, let text, let merged):
            _ = try liveNote(id)
            for other in merged {
                if other == id { throw SessionError("note \(id) cannot be merged into itself", danish: "note \(id) kan ikke flettes ind i sig selv") }
                _ = try liveNote(other)
                if keyPoints[other] != nil {
                    throw SessionError("note \(other) is a key point of its own; unmark it before merging it",
                                       danish: "note \(other) er selv en hovedpointe; fjern markeringen før den flettes ind")
                }
            }
            if let existing = keyPoints[id], existing.text == text, existing.merged == merged {
                throw SessionError("note \(id) is already a key point", danish: "note \(id) er allerede en hovedpointe")
            }
            changes = recording([.keyPoint(note: id, nil)], undoable: undoable) { state in
                state.keyPoints[id] = KeyPoint(note: id, text: text, sequence: record.sequence, merged: merged)
            }

        case .keyPointUnmarked(let id):
            if keyPoints[id] == nil { throw SessionError("note \(id) is not a key point", danish: "note \(id) er ikke en hovedpointe") }
            changes = recording([.keyPoint(note: id, nil)], undoable: undoable) { state in
                state.keyPoints.removeValue(forKey: id)
            }

        case .actionAdded(let text, let owner, let due):
            if text.isEmpty { throw SessionError("a next step needs a text", danish: "et næste skridt skal have en tekst") }
            let id = Self.actionID(sequence: record.sequence)
            changes = recording([.action(id: id, nil)], undoable: undoable) { state in
                state.actions[id] = Action(id: id, text: text, owner: owner, due: due)
            }

        case .undone(let target):
            guard let entry = undoStack.last else { throw SessionError("there is nothing to undo", danish: "der er intet at fortryde") }
            guard entry.eventID == target else {
                throw SessionError("undo must undo the newest facilitator action (\(entry.eventID)), not \(target)")
            }
            try restore(entry.changes.map(\.after), to: entry.changes.map(\.before), time: record)
            undoStack.removeLast()
            redoStack.append(entry)
            return

        case .redone(let target):
            guard let entry = redoStack.last else { throw SessionError("there is nothing to redo", danish: "der er intet at gentage") }
            guard entry.eventID == target else {
                throw SessionError("redo must redo the newest undone action (\(entry.eventID)), not \(target)")
            }
            try restore(entry.changes.map(\.before), to: entry.changes.map(\.after), time: record)
            redoStack.removeLast()
            undoStack.append(entry)
            return
        }
        if undoable {
            undoStack.append(UndoEntry(eventID: record.id, changes: changes))
            redoStack.removeAll()
        }
    }

    /// Puts `targets` back, provided each part still holds `expected` (nobody changed it since).
    private mutating func restore(_ expected: [Slot], to targets: [Slot], time record: EventRecord) throws(SessionError) {
        for slot in expected where read(like: slot) != slot {
            throw SessionError("cannot \(record.event.typeName): \(Self.describe(slot)) was changed since by someone else",
                               danish: "kan ikke \(record.event.typeName == "undo" ? "fortryde" : "gentage"): "
                                   + "\(Self.describeInDanish(slot)) er ændret af en anden siden")
        }
        let positionBefore = position
        for slot in targets { write(slot) }
        if position != positionBefore {
            moves.append(Move(sequence: record.sequence, from: positionBefore, to: position, time: record.time))
        }
    }

    static func describeInDanish(_ slot: Slot) -> String {
        switch slot {
        case .position: "programmets position"
        case .timer(let item, _): "uret for punkt \(item + 1)"
        case .note(let id, _): "note \(id)"
        case .keyPoint(let id, _): "hovedpointen for note \(id)"
        case .participant(let key, _): "deltageren \(key)"
        case .action(let id, _): "næste skridt \(id)"
        }
    }

    static func describe(_ slot: Slot) -> String {
        switch slot {
        case .position: "the program position"
        case .timer(let item, _): "the timer of item \(item + 1)"
        case .note(let id, _): "note \(id)"
        case .keyPoint(let id, _): "the key point of note \(id)"
        case .participant(let key, _): "participant \(key)"
        case .action(let id, _): "next step \(id)"
        }
    }

    private func admit(_ draft: NoteDraft, record: EventRecord) throws(SessionError) -> Note {
        try checkItem(draft.item)
        let item = workshop.program[draft.item]
        if item.questions.isEmpty {
            throw SessionError("item \(draft.item + 1), '\(item.title)' (\(item.kind.rawValue)), takes no notes; "
                               + "notes can be added during a discussion, gallery or harvest",
                               danish: "punkt \(draft.item + 1), '\(item.title)', tager ikke imod noter; "
                                   + "noter kan skrives under drøftelser, fernisering og opsamling")
        }
        if let question = draft.question, !(1...item.questions.count).contains(question) {
            let range = item.questions.count == 1 ? "it has only question 1" : "its questions are 1–\(item.questions.count)"
            throw SessionError("item \(draft.item + 1) has no question \(question); \(range)")
        }
        if draft.text.isEmpty { throw SessionError("the note is empty", danish: "noten er tom") }
        if draft.text.count > NoteText.maximumLength {
            throw SessionError("the note is longer than \(NoteText.maximumLength) characters")
        }
        let department = try knownDepartment(draft.department)
        return Note(id: Self.noteID(sequence: record.sequence), sequence: record.sequence, text: draft.text,
                    author: draft.author, department: department, group: draft.group, item: draft.item,
                    question: draft.question, time: record.time, addedBy: record.actor)
    }

    /// The department code as the workshop spells it; nil stays nil.
    public func knownDepartment(_ code: String?) throws(SessionError) -> String? {
        guard let code else { return nil }
        if let department = workshop.department(code: code) { return department.code }
        let codes = workshop.departments.map(\.code)
        throw SessionError(codes.isEmpty
            ? "this workshop has no departments, so '\(code)' cannot be one"
            : "unknown department '\(code)'; the departments are: \(codes.joined(separator: ", "))")
    }

    private func liveNote(_ id: String) throws(SessionError) -> Note {
        guard let note = notes[id] else { throw SessionError("there is no note \(id)", danish: "der er ingen note \(id)") }
        if note.withdrawn { throw SessionError("note \(id) has been withdrawn", danish: "note \(id) er fjernet") }
        return note
    }

    private func checkItem(_ index: Int) throws(SessionError) {
        let count = workshop.program.count
        if !(0..<count).contains(index) {
            throw SessionError("there is no item \(index + 1); the program has items 1–\(count)",
                               danish: "der er intet punkt \(index + 1); programmet har punkt 1–\(count)")
        }
    }

    private func checkCurrent(_ item: Int, doing action: String) throws(SessionError) {
        try checkItem(item)
        if item != position {
            throw SessionError("cannot \(action) item \(item + 1): the current item is \(position + 1)")
        }
    }
}
