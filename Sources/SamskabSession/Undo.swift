import OrderedCollections

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
    case participant(id: String, Participant?)
    case action(id: String, Action?)
    /// The history of program moves (the program as held).
    case moves([Move])
    case tablePlan(item: Int, TablePlan?)
    case pairPlan(item: Int, PairPlan?)
    case comment(id: String, GalleryComment?)
    case plusOnes(note: String, [PlusOne]?)
    case voting(item: Int, Voting?)
    case dots(item: Int, [Dot]?)
    case cluster(id: String, Cluster?)
}

extension SessionState {
    func read(like slot: Slot) -> Slot {
        switch slot {
        case .position: .position(position)
        case .timer(let item, _): .timer(item: item, timers[item])
        case .note(let id, _): .note(id: id, notes[id])
        case .keyPoint(let note, _): .keyPoint(note: note, keyPoints[note])
        case .participant(let id, _): .participant(id: id, participants[id])
        case .action(let id, _): .action(id: id, actions[id])
        case .moves: .moves(moves)
        case .tablePlan(let item, _): .tablePlan(item: item, tablePlans[item])
        case .pairPlan(let item, _): .pairPlan(item: item, pairPlans[item])
        case .comment(let id, _): .comment(id: id, comments[id])
        case .plusOnes(let note, _): .plusOnes(note: note, plusOnes[note])
        case .voting(let item, _): .voting(item: item, votings[item])
        case .dots(let item, _): .dots(item: item, dots[item])
        case .cluster(let id, _): .cluster(id: id, clusters[id])
        }
    }

    mutating func write(_ slot: Slot) {
        switch slot {
        case .position(let index): position = index
        case .timer(let item, let timer): timers[item] = timer
        // Put back where it stood: lists keep the order they had before the change.
        case .note(let id, let note):
            notes.restore(note, forKey: id) { $0.sequence < $1.sequence }
        case .keyPoint(let id, let point):
            keyPoints.restore(point, forKey: id) { $0.sequence < $1.sequence }
        case .participant(let id, let participant):
            participants.restore(participant, forKey: id) { Self.rosterRank($0.id) < Self.rosterRank($1.id) }
        case .action(let id, let action):
            actions.restore(action, forKey: id) { Self.rosterRank($0.id) < Self.rosterRank($1.id) }
        case .moves(let history): moves = history
        case .tablePlan(let item, let plan): tablePlans[item] = plan
        case .pairPlan(let item, let plan): pairPlans[item] = plan
        case .comment(let id, let comment): comments.restore(comment, forKey: id) { $0.sequence < $1.sequence }
        case .plusOnes(let note, let voters): plusOnes[note] = voters
        case .voting(let item, let voting): votings[item] = voting
        case .dots(let item, let placed): dots[item] = placed
        case .cluster(let id, let cluster): clusters.restore(cluster, forKey: id) { $0.sequence < $1.sequence }
        }
    }

    /// Applies `change` (a mutation of self) and returns the slot changes it made to `slots`.
    /// Without `undoable` the change is just made (the fold's hot path: participants' notes).
    mutating func recording(_ slots: [Slot], undoable: Bool, _ change: (inout SessionState) -> Void) -> FoldChanges {
        guard undoable else {
            change(&self)
            return .none
        }
        let before = slots.map { read(like: $0) }
        change(&self)
        return FoldChanges(changes: before.map { SlotChange(before: $0, after: read(like: $0)) }.filter { $0.before != $0.after })
    }

    static func describeInDanish(_ slot: Slot) -> String {
        switch slot {
        case .position: "programmets position"
        case .timer(let item, _): "uret for punkt \(item + 1)"
        case .note(let id, _): "note \(id)"
        case .keyPoint(let id, _): "hovedpointen for note \(id)"
        case .participant(let id, _): "deltageren \(id)"
        case .action(let id, _): "næste skridt \(id)"
        case .moves: "programmets historik"
        case .tablePlan(let item, _): "bordplanen for punkt \(item + 1)"
        case .pairPlan(let item, _): "parrene for punkt \(item + 1)"
        case .comment(let id, _): "kommentar \(id)"
        case .plusOnes(let note, _): "+1'erne til note \(note)"
        case .voting(let item, _): "afstemningen ved punkt \(item + 1)"
        case .dots(let item, _): "prikkerne ved punkt \(item + 1)"
        case .cluster(let id, _): "klynge \(id)"
        }
    }

    static func describe(_ slot: Slot) -> String {
        switch slot {
        case .position: "the program position"
        case .timer(let item, _): "the timer of item \(item + 1)"
        case .note(let id, _): "note \(id)"
        case .keyPoint(let id, _): "the key point of note \(id)"
        case .participant(let id, _): "participant \(id)"
        case .action(let id, _): "next step \(id)"
        case .moves: "the program's history"
        case .tablePlan(let item, _): "the table plan of item \(item + 1)"
        case .pairPlan(let item, _): "the pairs of item \(item + 1)"
        case .comment(let id, _): "comment \(id)"
        case .plusOnes(let note, _): "the +1s of note \(note)"
        case .voting(let item, _): "the voting at item \(item + 1)"
        case .dots(let item, _): "the dots at item \(item + 1)"
        case .cluster(let id, _): "cluster \(id)"
        }
    }
}

extension SessionState {
    /// Roster people (`r…`) first in roster order, then those added on the day (`p…`) by sequence;
    /// next steps (`a…`) by sequence.
    static func rosterRank(_ id: String) -> (Int, Int) {
        (id.hasPrefix("r") ? 0 : 1, Int(id.dropFirst()) ?? Int.max)
    }
}

extension OrderedDictionary {
    /// Sets or removes the value; a value that was not there goes where `precedes` puts it.
    mutating func restore(_ value: Value?, forKey key: Key, by precedes: (Value, Value) -> Bool) {
        guard let value else {
            removeValue(forKey: key)
            return
        }
        if self[key] != nil {
            self[key] = value
            return
        }
        var index = count
        while index > 0, precedes(value, values[index - 1]) { index -= 1 }
        updateValue(value, forKey: key, insertingAt: index)
    }
}
