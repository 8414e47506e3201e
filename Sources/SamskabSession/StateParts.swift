/// The parts of `SessionState` a fold can name for undo, one line each: where the part lives and
/// what undo's refusals call it. A new part of the state is one more line here (or in its event's
/// file); undo itself needs nothing new.
extension Part {
    static let position = Part(FieldLocation(path: \.position)) { $0 ? "programmets position" : "the program position" }
    static let moves = Part(FieldLocation(path: \.moves)) { $0 ? "programmets historik" : "the program's history" }

    static func timer(_ item: Int) -> Part {
        Part(EntryLocation(path: \.timers, key: item)) { $0 ? "uret for punkt \(item + 1)" : "the timer of item \(item + 1)" }
    }

    static func note(_ id: String) -> Part {
        Part(OrderedEntryLocation(path: \.notes, key: id)) { _ in "note \(id)" }
    }

    static func keyPoint(_ note: String) -> Part {
        Part(OrderedEntryLocation(path: \.keyPoints, key: note)) { $0 ? "hovedpointen for note \(note)" : "the key point of note \(note)" }
    }

    static func participant(_ id: String) -> Part {
        Part(OrderedEntryLocation(path: \.participants, key: id),
             name: { $0 ? "deltageren \(id)" : "participant \(id)" },
             check: { person, state, restoration throws(SessionError) in
                 if person == nil { try state.checkTakingOff(id, restoration) }
             })
    }

    static func action(_ id: String) -> Part {
        Part(OrderedEntryLocation(path: \.actions, key: id)) { $0 ? "næste skridt \(id)" : "next step \(id)" }
    }

    static func tablePlan(_ item: Int) -> Part {
        Part(EntryLocation(path: \.tablePlans, key: item)) { $0 ? "bordplanen for punkt \(item + 1)" : "the table plan of item \(item + 1)" }
    }

    static func pairPlan(_ item: Int) -> Part {
        Part(EntryLocation(path: \.pairPlans, key: item)) { $0 ? "parrene for punkt \(item + 1)" : "the pairs of item \(item + 1)" }
    }

    static func comment(_ id: String) -> Part {
        Part(OrderedEntryLocation(path: \.comments, key: id)) { $0 ? "kommentar \(id)" : "comment \(id)" }
    }

    static func plusOnes(_ note: String) -> Part {
        Part(EntryLocation(path: \.plusOnes, key: note)) { $0 ? "+1'erne til note \(note)" : "the +1s of note \(note)" }
    }

    static func voting(_ item: Int) -> Part {
        Part(EntryLocation(path: \.votings, key: item)) { $0 ? "afstemningen ved punkt \(item + 1)" : "the voting at item \(item + 1)" }
    }

    static func dots(_ item: Int) -> Part {
        Part(EntryLocation(path: \.dots, key: item)) { $0 ? "prikkerne ved punkt \(item + 1)" : "the dots at item \(item + 1)" }
    }

    static func cluster(_ id: String) -> Part {
        Part(OrderedEntryLocation(path: \.clusters, key: id)) { $0 ? "klynge \(id)" : "cluster \(id)" }
    }
}

// The order an entry put back takes in its table.
extension Note: OrderedEntry { func precedes(_ other: Note) -> Bool { sequence < other.sequence } }
extension KeyPoint: OrderedEntry { func precedes(_ other: KeyPoint) -> Bool { sequence < other.sequence } }
extension GalleryComment: OrderedEntry { func precedes(_ other: GalleryComment) -> Bool { sequence < other.sequence } }
extension Cluster: OrderedEntry { func precedes(_ other: Cluster) -> Bool { sequence < other.sequence } }
extension Participant: OrderedEntry {
    func precedes(_ other: Participant) -> Bool { SessionState.rosterRank(id) < SessionState.rosterRank(other.id) }
}
extension Action: OrderedEntry {
    func precedes(_ other: Action) -> Bool { SessionState.rosterRank(id) < SessionState.rosterRank(other.id) }
}

extension SessionState {
    /// Roster people (`r…`) first in roster order, then those added on the day (`p…`) by sequence;
    /// next steps (`a…`) by sequence.
    static func rosterRank(_ id: String) -> (Int, Int) {
        (id.hasPrefix("r") ? 0 : 1, Int(id.dropFirst()) ?? Int.max)
    }

    /// Undo or redo may take a person off the roster only if no note that stays is theirs and no
    /// table plan (as it will be) seats them.
    func checkTakingOff(_ id: String, _ restoration: Restoration) throws(SessionError) {
        let name = participants[id]?.name ?? id
        let (cannot, kanIkke) = restoration.refusal
        if let note = notes.values.first(where: { note in
            note.authorID == id && restoration.value(at: OrderedEntryLocation(path: \.notes, key: note.id), in: self) != nil
        }) {
            throw SessionError("\(cannot): \(name) has written note \(note.id) since",
                               danish: "\(kanIkke): \(name) har skrevet note \(note.id) siden")
        }
        if let (item, _) = restoration.table(\.tablePlans, in: self).first(where: { $0.value.table(of: id) != nil }) {
            throw SessionError("\(cannot): \(name) has a seat in the table plan of item \(item + 1) since",
                               danish: "\(kanIkke): \(name) har fået plads i bordplanen for punkt \(item + 1) siden")
        }
    }
}
