import SamskabModel
import SamskabJournalLine

/// A note marked as a key point (hovedpointe), with the facilitator's wording and the
/// near-duplicates merged into it. Marking again replaces the wording and the merged list.
public struct KeyPointMarked: EventPayload {
    public static let type = "keypoint.marked"
    public static let examples = [KeyPointMarked(note: "n3", text: "Tillid, frem for kontrol", merged: ["n4", "n7"]),
                                  KeyPointMarked(note: "n5", text: nil)]

    public var note: String
    /// The facilitator's wording, when not the note's own.
    public var text: String?
    /// Near-duplicate notes folded into this key point (shown with it, not apart).
    public var merged: [String]

    public init(note: String, text: String?, merged: [String] = []) {
        self.note = note
        self.text = text
        self.merged = merged
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("note", note)
        line.field("merged", merged)
        line.field("text", text)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        note = try line.requiredText("note")
        text = try line.text("text")
        if line.version == 1 {
            // Format 1 joined the merged ids with commas.
            merged = try line.text("merged").map { $0.split(separator: ",").map(String.init) } ?? []
        } else {
            merged = try line.texts("merged")
        }
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        _ = try state.liveNote(note)
        if let owner = state.keyPoint(merging: note) {
            throw SessionError("note \(note) is merged into the key point \(owner.note); take it out there first",
                               danish: "note \(note) er flettet ind i hovedpointen \(owner.note); tag den ud der først")
        }
        if Set(merged).count != merged.count {
            throw SessionError("a note is named twice among the merged notes", danish: "en note er nævnt to gange blandt de flettede")
        }
        for other in merged {
            if other == note {
                throw SessionError("note \(note) cannot be merged into itself", danish: "note \(note) kan ikke flettes ind i sig selv")
            }
            _ = try state.liveNote(other)
            if state.keyPoints[other] != nil {
                throw SessionError("note \(other) is a key point of its own; unmark it before merging it",
                                   danish: "note \(other) er selv en hovedpointe; fjern markeringen før den flettes ind")
            }
            if let owner = state.keyPoint(merging: other), owner.note != note {
                throw SessionError("note \(other) is already merged into the key point \(owner.note)",
                                   danish: "note \(other) er allerede flettet ind i hovedpointen \(owner.note)")
            }
        }
        if let existing = state.keyPoints[note], existing.text == text, existing.merged == merged {
            throw SessionError("note \(note) is already a key point", danish: "note \(note) er allerede en hovedpointe")
        }
        // A key point keeps its place (and first sequence) when it is reworded or merged into.
        let point = KeyPoint(note: note, text: text, sequence: state.keyPoints[note]?.sequence ?? record.sequence, merged: merged)
        return state.recording([.keyPoint(note)], undoable: record.actor == .facilitator) { state in
            state.keyPoints[note] = point
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "marker note \(note) som hovedpointe" : "mark note \(note) as key point" }
}

public struct KeyPointUnmarked: EventPayload {
    public static let type = "keypoint.unmarked"
    public static let examples = [KeyPointUnmarked(note: "n3")]

    public var note: String

    public init(note: String) {
        self.note = note
    }

    public func encode(to line: inout JournalLineWriter) { line.field("note", note) }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        note = try line.requiredText("note")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        if state.keyPoints[note] == nil { throw SessionError("note \(note) is not a key point", danish: "note \(note) er ikke en hovedpointe") }
        return state.recording([.keyPoint(note)], undoable: record.actor == .facilitator) { state in
            state.keyPoints.removeValue(forKey: note)
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "fjern hovedpointen \(note)" : "unmark key point \(note)" }
}

/// A next step recorded during the day: what, who, by when. Its id is `a<seq>`.
public struct ActionAdded: EventPayload {
    public static let type = "action.added"
    public static let examples = [ActionAdded(text: "Møde med \"Anne\", MBU", owner: "MBU", due: CalendarDate(iso: "2019-11-21")),
                                  ActionAdded(text: "Opfølgning", owner: nil, due: nil)]

    public var text: String
    public var owner: String?
    public var due: CalendarDate?

    public init(text: String, owner: String?, due: CalendarDate?) {
        self.text = text
        self.owner = owner
        self.due = due
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("owner", owner)
        line.field("due", due?.description)
        line.field("text", text)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        text = try line.requiredText("text")
        owner = try line.text("owner")
        if let raw = try line.text("due") {
            guard let date = CalendarDate(iso: raw) else { throw JournalLineError("bad date '\(raw)'") }
            due = date
        } else {
            due = nil
        }
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        if text.isEmpty { throw SessionError("a next step needs a text", danish: "et næste skridt skal have en tekst") }
        let id = SessionState.actionID(sequence: record.sequence)
        return state.recording([.action(id)], undoable: record.actor == .facilitator) { state in
            state.actions[id] = Action(id: id, text: text, owner: owner, due: due)
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "tilføj næste skridt '\(text)'" : "add the next step '\(text)'" }
}
