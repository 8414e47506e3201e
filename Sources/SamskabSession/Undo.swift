/// Undo and redo as state changes: every undoable event keeps a snapshot of each part of the
/// state it changed, before and after. Undo puts the befores back, redo the afters — but only if
/// nobody else has changed those parts in between. Parts are named by the folds (`Part`), so
/// undo has no case per part of the state.
struct UndoEntry: Sendable, Equatable {
    var eventID: String
    var changes: [PartChange]
}

struct PartChange: Sendable, Equatable {
    var before: Snapshot
    var after: Snapshot
}

extension SessionState {
    /// Applies `change` (a mutation of self) and returns what it changed of `parts`.
    /// Without `undoable` the change is just made (the fold's hot path: participants' notes).
    mutating func recording(_ parts: [Part], undoable: Bool, _ change: (inout SessionState) -> Void) -> FoldChanges {
        guard undoable else {
            change(&self)
            return .none
        }
        let before = parts.map { $0.take(self) }
        change(&self)
        return FoldChanges(changes: before.compactMap { part in part.changed(in: self).map { PartChange(before: part, after: $0) } })
    }

    /// Puts `targets` back, provided each part still holds `expected` (nobody changed it since)
    /// and every part's own rule allows it; checks everything before the first change.
    mutating func restore(_ expected: [Snapshot], to targets: [Snapshot], undoing: Bool) throws(SessionError) {
        let restoration = Restoration(targets: targets, undoing: undoing)
        let (cannot, kanIkke) = restoration.refusal
        for snapshot in expected where !snapshot.isCurrent(in: self) {
            throw SessionError("\(cannot): \(snapshot.name(danish: false)) was changed since by someone else",
                               danish: "\(kanIkke): \(snapshot.name(danish: true)) er ændret af en anden siden")
        }
        for target in targets { try target.check(self, restoration) }
        for target in targets { target.put(into: &self) }
    }
}
