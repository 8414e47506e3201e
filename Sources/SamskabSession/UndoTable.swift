import OrderedCollections

/// A part of the state undo can put back entry by entry: a keyed table (`notes`, `tablePlans`),
/// or a single field (`position`: a table of one entry, at `Whole()`). Made once per table, in
/// `StateParts.swift`; undo reads, writes and names entries only through this, so a new part of
/// the state needs no case of its own anywhere.
final class UndoTable<Key: Hashable & Sendable, Value: Sendable & Equatable>: Sendable {
    typealias Check = @Sendable (Key, Value, SessionState, Restoration) throws(SessionError) -> Void

    let read: @Sendable (SessionState, Key) -> Value
    let write: @Sendable (inout SessionState, Key, Value) -> Void
    /// What undo's refusals call the entry at a key, in English or (true) in Danish.
    let name: @Sendable (Key, Bool) -> String
    /// A rule for putting a value back, asked before undo or redo changes anything.
    let check: Check?

    private init(read: @escaping @Sendable (SessionState, Key) -> Value, write: @escaping @Sendable (inout SessionState, Key, Value) -> Void,
                 name: @escaping @Sendable (Key, Bool) -> String, check: Check?) {
        self.read = read
        self.write = write
        self.name = name
        self.check = check
    }
}

/// The key of a field that is a part on its own.
struct Whole: Hashable, Sendable {}

extension UndoTable where Key == Whole {
    /// A whole field of the state.
    convenience init(field path: WritableKeyPath<SessionState, Value> & Sendable, name: @escaping @Sendable (Bool) -> String) {
        self.init(read: { state, _ in state[keyPath: path] }, write: { state, _, value in state[keyPath: path] = value },
                  name: { _, danish in name(danish) }, check: nil)
    }
}

extension UndoTable {
    /// A dictionary of the state; an entry is nil while there is none.
    convenience init<Stored>(entries path: WritableKeyPath<SessionState, [Key: Stored]> & Sendable,
                             name: @escaping @Sendable (Key, Bool) -> String) where Value == Stored? {
        self.init(read: { state, key in state[keyPath: path][key] }, write: { state, key, value in state[keyPath: path][key] = value },
                  name: name, check: nil)
    }

    /// An ordered table of the state: an entry put back goes where it stood (by `precedes`).
    convenience init<Stored: OrderedEntry>(ordered path: WritableKeyPath<SessionState, OrderedDictionary<Key, Stored>> & Sendable,
                                           name: @escaping @Sendable (Key, Bool) -> String,
                                           check: Check? = nil) where Value == Stored? {
        self.init(read: { state, key in state[keyPath: path][key] },
                  write: { state, key, value in state[keyPath: path].restore(value, forKey: key) { $0.precedes($1) } },
                  name: name, check: check)
    }
}

/// A value kept in an ordered table of the state (notes, people, clusters …).
protocol OrderedEntry: Sendable, Equatable {
    /// Where an entry put back by undo goes: before the first one it precedes.
    func precedes(_ other: Self) -> Bool
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
