/// A part of the state an event may change, as its fold names it for undo (`.note(id)`,
/// `.tablePlan(item)`): one entry of an `UndoTable`.
struct Part: Sendable {
    fileprivate let entry: any PartEntry

    init<Key, Value>(_ table: UndoTable<Key, Value>, _ key: Key) {
        entry = Entry(table: table, key: key)
    }

    /// The part's value in `state`.
    func take(_ state: SessionState) -> Snapshot { Snapshot(entry.take(state)) }
}

/// One part of the state and its value at one moment: what an undo entry keeps.
struct Snapshot: Sendable, Equatable {
    fileprivate let taken: any TakenPart

    fileprivate init(_ taken: any TakenPart) {
        self.taken = taken
    }

    /// The same part as it is in `state`, if that differs from this.
    func changed(in state: SessionState) -> Snapshot? { taken.changed(in: state).map(Snapshot.init) }
    /// Whether the part still holds this value.
    func isCurrent(in state: SessionState) -> Bool { taken.changed(in: state) == nil }
    func put(into state: inout SessionState) { taken.put(into: &state) }
    func name(danish: Bool) -> String { taken.name(danish) }
    func check(_ state: SessionState, _ restoration: Restoration) throws(SessionError) { try taken.check(state, restoration) }

    /// This snapshot's value, if it is of the entry at `key` in `table`.
    func value<Key, Value>(in table: UndoTable<Key, Value>, at key: Key) -> Value? {
        guard let taken = taken as? Taken<Key, Value>, taken.table === table, taken.key == key else { return nil }
        return taken.value
    }

    /// The key and value, if this is an entry of `table`.
    func entry<Key, Value>(of table: UndoTable<Key, Value>) -> (Key, Value)? {
        guard let taken = taken as? Taken<Key, Value>, taken.table === table else { return nil }
        return (taken.key, taken.value)
    }

    static func == (lhs: Snapshot, rhs: Snapshot) -> Bool { lhs.taken.isEqual(to: rhs.taken) }
}

/// An undo or redo about to put `targets` back, for the rules that look beyond one part.
struct Restoration {
    let targets: [Snapshot]
    let undoing: Bool

    /// What the entry at `key` in `table` holds once the targets are put back.
    func value<Key, Value>(in table: UndoTable<Key, Value>, at key: Key, of state: SessionState) -> Value {
        for target in targets { if let value = target.value(in: table, at: key) { return value } }
        return table.read(state, key)
    }

    /// The changes the targets make to `table`.
    func entries<Key, Value>(of table: UndoTable<Key, Value>) -> [(Key, Value)] { targets.compactMap { $0.entry(of: table) } }

    /// "cannot undo" / "kan ikke fortryde".
    var refusal: (english: String, danish: String) {
        undoing ? ("cannot undo", "kan ikke fortryde") : ("cannot redo", "kan ikke gentage")
    }
}

private protocol PartEntry: Sendable {
    func take(_ state: SessionState) -> any TakenPart
}

private struct Entry<Key: Hashable & Sendable, Value: Sendable & Equatable>: PartEntry {
    let table: UndoTable<Key, Value>
    let key: Key

    func take(_ state: SessionState) -> any TakenPart { Taken(table: table, key: key, value: table.read(state, key)) }
}

private protocol TakenPart: Sendable {
    func changed(in state: SessionState) -> (any TakenPart)?
    func put(into state: inout SessionState)
    func name(_ danish: Bool) -> String
    func check(_ state: SessionState, _ restoration: Restoration) throws(SessionError)
    func isEqual(to other: any TakenPart) -> Bool
}

private struct Taken<Key: Hashable & Sendable, Value: Sendable & Equatable>: TakenPart {
    let table: UndoTable<Key, Value>
    let key: Key
    let value: Value

    func changed(in state: SessionState) -> (any TakenPart)? {
        let now = table.read(state, key)
        return now == value ? nil : Taken(table: table, key: key, value: now)
    }

    func put(into state: inout SessionState) { table.write(&state, key, value) }
    func name(_ danish: Bool) -> String { table.name(key, danish) }
    func check(_ state: SessionState, _ restoration: Restoration) throws(SessionError) { try table.check?(key, value, state, restoration) }

    func isEqual(to other: any TakenPart) -> Bool {
        guard let other = other as? Taken<Key, Value> else { return false }
        return table === other.table && key == other.key && value == other.value
    }
}
