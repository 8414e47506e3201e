import OrderedCollections

/// Where one part of the state lives that undo can put back: a whole field, or one entry of a
/// keyed table. Undo reads and writes the state only through this, so a new part of the state
/// needs no case of its own anywhere: a fold names it with a `Part`.
protocol StateLocation: Sendable, Equatable {
    associatedtype Value: Sendable & Equatable
    func read(_ state: SessionState) -> Value
    func write(_ value: Value, into state: inout SessionState)
}

/// A whole field of the state (the program position, the history of moves).
struct FieldLocation<Value: Sendable & Equatable>: StateLocation {
    let path: WritableKeyPath<SessionState, Value> & Sendable

    func read(_ state: SessionState) -> Value { state[keyPath: path] }
    func write(_ value: Value, into state: inout SessionState) { state[keyPath: path] = value }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.path as AnyKeyPath == rhs.path as AnyKeyPath }
}

/// One entry of a dictionary of the state; nil while there is none.
struct EntryLocation<Key: Hashable & Sendable, Stored: Sendable & Equatable>: StateLocation {
    let path: WritableKeyPath<SessionState, [Key: Stored]> & Sendable
    let key: Key

    func read(_ state: SessionState) -> Stored? { state[keyPath: path][key] }
    func write(_ value: Stored?, into state: inout SessionState) { state[keyPath: path][key] = value }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.key == rhs.key && lhs.path as AnyKeyPath == rhs.path as AnyKeyPath }
}

/// A value kept in an ordered table of the state (notes, people, clusters …).
protocol OrderedEntry: Sendable, Equatable {
    /// Where an entry put back by undo goes: before the first one it precedes.
    func precedes(_ other: Self) -> Bool
}

/// One entry of an ordered table; an entry put back goes where it stood (by `precedes`).
struct OrderedEntryLocation<Key: Hashable & Sendable, Stored: OrderedEntry>: StateLocation {
    let path: WritableKeyPath<SessionState, OrderedDictionary<Key, Stored>> & Sendable
    let key: Key

    func read(_ state: SessionState) -> Stored? { state[keyPath: path][key] }
    func write(_ value: Stored?, into state: inout SessionState) {
        state[keyPath: path].restore(value, forKey: key) { $0.precedes($1) }
    }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.key == rhs.key && lhs.path as AnyKeyPath == rhs.path as AnyKeyPath }
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
