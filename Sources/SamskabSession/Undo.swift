/// Undo and redo as state changes: every undoable event records the value of each
/// part of the state it changed, before and after. Undo puts the befores back, redo
/// the afters — but only if nobody else has changed those parts in between.
struct UndoEntry: Sendable, Equatable {
    var eventID: String
    var changes: [SlotChange]
}

struct SlotChange: Sendable, Equatable {
    var before: Slot
    var after: Slot
}

/// One independently restorable part of the state.
enum Slot: Sendable, Equatable {
    case position(Int)
    case timer(item: Int, ItemTimer?)
    case note(id: String, Note?)
    case keyPoint(note: String, KeyPoint?)
    case participant(key: String, Participant?)
    case action(id: String, Action?)
}

extension SessionState {
    func read(like slot: Slot) -> Slot {
        switch slot {
        case .position: .position(position)
        case .timer(let item, _): .timer(item: item, timers[item])
        case .note(let id, _): .note(id: id, notes[id])
        case .keyPoint(let note, _): .keyPoint(note: note, keyPoints[note])
        case .participant(let key, _): .participant(key: key, participants[key])
        case .action(let id, _): .action(id: id, actions[id])
        }
    }

    mutating func write(_ slot: Slot) {
        switch slot {
        case .position(let index): position = index
        case .timer(let item, let timer): timers[item] = timer
        case .note(let id, let note):
            if let note { notes[id] = note } else { notes.removeValue(forKey: id) }
        case .keyPoint(let id, let point):
            if let point { keyPoints[id] = point } else { keyPoints.removeValue(forKey: id) }
        case .participant(let key, let participant):
            if let participant { participants[key] = participant } else { participants.removeValue(forKey: key) }
        case .action(let id, let action):
            if let action { actions[id] = action } else { actions.removeValue(forKey: id) }
        }
    }

    /// Applies `change` (a mutation of self) and returns the slot changes it made to `slots`.
    /// Without `undoable` the change is just made (the fold's hot path: participants' notes).
    mutating func recording(_ slots: [Slot], undoable: Bool, _ change: (inout SessionState) -> Void) -> [SlotChange] {
        guard undoable else {
            change(&self)
            return []
        }
        let before = slots.map { read(like: $0) }
        change(&self)
        return before.map { SlotChange(before: $0, after: read(like: $0)) }.filter { $0.before != $0.after }
    }
}
