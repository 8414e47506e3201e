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
        guard let entry = state.undoStack.last else { throw SessionError("there is nothing to undo", danish: "der er intet at fortryde") }
        guard entry.eventID == target else {
            throw SessionError("undo must undo the newest facilitator action (\(entry.eventID)), not \(target)",
                               danish: "fortryd skal fortryde den nyeste handling (\(entry.eventID)), ikke \(target)")
        }
        try state.restore(entry.changes.map(\.after), to: entry.changes.map(\.before), undoing: true)
        state.undoStack.removeLast()
        state.redoStack.append(entry)
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
        guard let entry = state.redoStack.last else { throw SessionError("there is nothing to redo", danish: "der er intet at gentage") }
        guard entry.eventID == target else {
            throw SessionError("redo must redo the newest undone action (\(entry.eventID)), not \(target)",
                               danish: "gentag skal gentage den nyeste fortrudte handling (\(entry.eventID)), ikke \(target)")
        }
        try state.restore(entry.changes.map(\.before), to: entry.changes.map(\.after), undoing: false)
        state.redoStack.removeLast()
        state.undoStack.append(entry)
        return .undoBookkeeping
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "gentag" : "redo" }
}
