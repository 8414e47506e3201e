/// The parts of `SessionState` a fold can name for undo: each table once (where it is, what
/// undo's refusals call an entry), and the `Part` a fold names. A new part of the state is one
/// table and one function here (or in its event's file); undo itself needs nothing new.
enum UndoTables {
    static let position = UndoTable(field: \.position) { $0 ? "programmets position" : "the program position" }
    static let moves = UndoTable(field: \.moves) { $0 ? "programmets historik" : "the program's history" }
    static let timers = UndoTable(entries: \.timers) { item, danish in danish ? "uret for punkt \(item + 1)" : "the timer of item \(item + 1)" }
    static let notes = UndoTable(ordered: \.notes) { id, _ in "note \(id)" }
    static let keyPoints = UndoTable(ordered: \.keyPoints) { note, danish in
        danish ? "hovedpointen for note \(note)" : "the key point of note \(note)"
    }
    static let participants = UndoTable(ordered: \.participants, name: { id, danish in danish ? "deltageren \(id)" : "participant \(id)" },
                                        check: { id, person, state, restoration throws(SessionError) in
                                            if person == nil { try state.checkTakingOff(id, restoration) }
                                        })
    static let actions = UndoTable(ordered: \.actions) { id, danish in danish ? "næste skridt \(id)" : "next step \(id)" }
    static let tablePlans = UndoTable(entries: \.tablePlans) { item, danish in
        danish ? "bordplanen for punkt \(item + 1)" : "the table plan of item \(item + 1)"
    }
    static let pairPlans = UndoTable(entries: \.pairPlans) { item, danish in danish ? "parrene for punkt \(item + 1)" : "the pairs of item \(item + 1)" }
    static let comments = UndoTable(ordered: \.comments) { id, danish in danish ? "kommentar \(id)" : "comment \(id)" }
    static let plusOnes = UndoTable(entries: \.plusOnes) { note, danish in danish ? "+1'erne til note \(note)" : "the +1s of note \(note)" }
    static let votings = UndoTable(entries: \.votings) { item, danish in
        danish ? "afstemningen ved punkt \(item + 1)" : "the voting at item \(item + 1)"
    }
    static let dots = UndoTable(entries: \.dots) { item, danish in danish ? "prikkerne ved punkt \(item + 1)" : "the dots at item \(item + 1)" }
    static let clusters = UndoTable(ordered: \.clusters) { id, danish in danish ? "klynge \(id)" : "cluster \(id)" }
}

extension Part {
    static let position = Part(UndoTables.position, Whole())
    static let moves = Part(UndoTables.moves, Whole())
    static func timer(_ item: Int) -> Part { Part(UndoTables.timers, item) }
    static func note(_ id: String) -> Part { Part(UndoTables.notes, id) }
    static func keyPoint(_ note: String) -> Part { Part(UndoTables.keyPoints, note) }
    static func participant(_ id: String) -> Part { Part(UndoTables.participants, id) }
    static func action(_ id: String) -> Part { Part(UndoTables.actions, id) }
    static func tablePlan(_ item: Int) -> Part { Part(UndoTables.tablePlans, item) }
    static func pairPlan(_ item: Int) -> Part { Part(UndoTables.pairPlans, item) }
    static func comment(_ id: String) -> Part { Part(UndoTables.comments, id) }
    static func plusOnes(_ note: String) -> Part { Part(UndoTables.plusOnes, note) }
    static func voting(_ item: Int) -> Part { Part(UndoTables.votings, item) }
    static func dots(_ item: Int) -> Part { Part(UndoTables.dots, item) }
    static func cluster(_ id: String) -> Part { Part(UndoTables.clusters, id) }
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
            note.authorID == id && restoration.value(in: UndoTables.notes, at: note.id, of: self) != nil
        }) {
            throw SessionError("\(cannot): \(name) has written note \(note.id) since",
                               danish: "\(kanIkke): \(name) har skrevet note \(note.id) siden")
        }
        var plans = tablePlans
        for (item, plan) in restoration.entries(of: UndoTables.tablePlans) { plans[item] = plan }
        if let (item, _) = plans.first(where: { $0.value.table(of: id) != nil }) {
            throw SessionError("\(cannot): \(name) has a seat in the table plan of item \(item + 1) since",
                               danish: "\(kanIkke): \(name) har fået plads i bordplanen for punkt \(item + 1) siden")
        }
    }
}
