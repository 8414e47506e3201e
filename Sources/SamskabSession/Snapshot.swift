/// A part of the state an event may change, as its fold names it for undo (`.note(id)`,
/// `.tablePlan(item)`): where it lives, what messages call it, and any rule about putting it back.
struct Part: Sendable {
    let take: @Sendable (SessionState) -> Snapshot

    /// - Parameters:
    ///   - name: what undo's refusals call the part, in English or in Danish.
    ///   - check: a rule for putting a value back, asked before undo or redo changes anything.
    init<Location: StateLocation>(_ location: Location, name: @escaping @Sendable (_ danish: Bool) -> String,
                                  check: Check<Location.Value>? = nil) {
        take = { state in Snapshot(Taken(location: location, value: location.read(state), naming: name, check: check)) }
    }

    typealias Check<Value> = @Sendable (Value, SessionState, Restoration) throws(SessionError) -> Void
}

/// One part of the state and its value at one moment: what an undo entry keeps.
struct Snapshot: Sendable, Equatable {
    fileprivate let taken: any TakenPart

    fileprivate init(_ taken: any TakenPart) {
        self.taken = taken
    }

    /// The same part's value in `state`.
    func retaken(from state: SessionState) -> Snapshot { Snapshot(taken.retaken(from: state)) }
    /// Whether the part still holds this value.
    func isCurrent(in state: SessionState) -> Bool { taken.isCurrent(in: state) }
    func put(into state: inout SessionState) { taken.put(into: &state) }
    func name(danish: Bool) -> String { taken.name(danish) }
    func check(_ state: SessionState, _ restoration: Restoration) throws(SessionError) { try taken.check(state, restoration) }

    /// This snapshot's value, if it is of the part at `location`.
    func value<Location: StateLocation>(at location: Location) -> Location.Value? {
        guard let taken = taken as? Taken<Location>, taken.location == location else { return nil }
        return taken.value
    }

    /// The key and value, if this is an entry of the dictionary at `path`.
    func entry<Key: Hashable & Sendable, Stored: Sendable & Equatable>(of path: WritableKeyPath<SessionState, [Key: Stored]> & Sendable) -> (Key, Stored?)? {
        guard let taken = taken as? Taken<EntryLocation<Key, Stored>>, taken.location.path as AnyKeyPath == path as AnyKeyPath
        else { return nil }
        return (taken.location.key, taken.value)
    }

    static func == (lhs: Snapshot, rhs: Snapshot) -> Bool { lhs.taken.isEqual(to: rhs.taken) }
}

/// An undo or redo about to put `targets` back, for the rules that look beyond one part.
struct Restoration {
    let targets: [Snapshot]
    let undoing: Bool

    /// What the part at `location` holds once the targets are put back.
    func value<Location: StateLocation>(at location: Location, in state: SessionState) -> Location.Value {
        for target in targets { if let value = target.value(at: location) { return value } }
        return location.read(state)
    }

    /// The dictionary at `path` once the targets are put back.
    func table<Key: Hashable & Sendable, Stored: Sendable & Equatable>(_ path: WritableKeyPath<SessionState, [Key: Stored]> & Sendable, in state: SessionState) -> [Key: Stored] {
        var table = state[keyPath: path]
        for target in targets { if let (key, value) = target.entry(of: path) { table[key] = value } }
        return table
    }

    /// "cannot undo" / "kan ikke fortryde".
    var refusal: (english: String, danish: String) {
        undoing ? ("cannot undo", "kan ikke fortryde") : ("cannot redo", "kan ikke gentage")
    }
}

private protocol TakenPart: Sendable {
    func retaken(from state: SessionState) -> any TakenPart
    func isCurrent(in state: SessionState) -> Bool
    func put(into state: inout SessionState)
    func name(_ danish: Bool) -> String
    func check(_ state: SessionState, _ restoration: Restoration) throws(SessionError)
    func isEqual(to other: any TakenPart) -> Bool
}

private struct Taken<Location: StateLocation>: TakenPart {
    let location: Location
    let value: Location.Value
    let naming: @Sendable (Bool) -> String
    let check: Part.Check<Location.Value>?

    func retaken(from state: SessionState) -> any TakenPart {
        Taken(location: location, value: location.read(state), naming: naming, check: check)
    }

    func isCurrent(in state: SessionState) -> Bool { location.read(state) == value }
    func put(into state: inout SessionState) { location.write(value, into: &state) }
    func name(_ danish: Bool) -> String { naming(danish) }

    func check(_ state: SessionState, _ restoration: Restoration) throws(SessionError) {
        try check?(value, state, restoration)
    }

    func isEqual(to other: any TakenPart) -> Bool {
        guard let other = other as? Taken<Location> else { return false }
        return location == other.location && value == other.value
    }
}
