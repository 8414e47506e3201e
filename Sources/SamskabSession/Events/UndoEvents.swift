import SamskabJournalLine

/// Undoes the facilitator event with this id (the newest not yet undone): the parts of the state
/// it changed get their values from before, provided nobody changed them since.
public struct Undone: EventPayload {
    public static let type = "undo"
    public static let examples = [Undone(target: "0123456789abcdef0123456789abcdef")]

    public var target: String

    public init(target: String) {
        self.target = target
    }

    public func encode(to line: inout JournalLineWriter) { line.field("target", target) }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        target = try line.requiredText("target")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.step(target: target, undoing: true)
        return .undoBookkeeping
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "fortryd" : "undo" }
}

public struct Redone: EventPayload {
    public static let type = "redo"
    public static let examples = [Redone(target: "0123456789abcdef0123456789abcdef")]

    public var target: String

    public init(target: String) {
        self.target = target
    }

    public func encode(to line: inout JournalLineWriter) { line.field("target", target) }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        target = try line.requiredText("target")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.step(target: target, undoing: false)
        return .undoBookkeeping
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "gentag" : "redo" }
}

extension SessionState {
    /// Undo (or redo) the newest action on its stack, which must be `target`: its parts of the
    /// state go back (or forward), and the entry moves to the other stack.
    mutating func step(target: String, undoing: Bool) throws(SessionError) {
        guard let entry = undoing ? undoStack.last : redoStack.last else {
            throw undoing ? SessionError("there is nothing to undo", danish: "der er intet at fortryde")
                          : SessionError("there is nothing to redo", danish: "der er intet at gentage")
        }
        guard entry.eventID == target else {
            throw undoing
                ? SessionError("undo must undo the newest facilitator action (\(entry.eventID)), not \(target)",
                               danish: "fortryd skal fortryde den nyeste handling (\(entry.eventID)), ikke \(target)")
                : SessionError("redo must redo the newest undone action (\(entry.eventID)), not \(target)",
                               danish: "gentag skal gentage den nyeste fortrudte handling (\(entry.eventID)), ikke \(target)")
        }
        let (from, to) = undoing ? (entry.changes.map(\.after), entry.changes.map(\.before))
                                 : (entry.changes.map(\.before), entry.changes.map(\.after))
        try restore(from, to: to, undoing: undoing)
        if undoing {
            undoStack.removeLast()
            redoStack.append(entry)
        } else {
            redoStack.removeLast()
            undoStack.append(entry)
        }
    }
}
