import SamskabModel

/// Who caused an event. Only facilitator actions are undoable.
public enum Actor: String, Sendable, Codable, Equatable {
    case facilitator
    case participant
}

/// One line of the journal: an event with its envelope.
public struct EventRecord: Sendable, Equatable {
    /// The journal format version this line was written in.
    public static let formatVersion = 1

    public var version: Int
    /// Gap-free, from 1.
    public var sequence: Int
    /// Unique across all sessions (128 random bits, hex).
    public var id: String
    public var time: Timestamp
    /// Which program wrote it, e.g. `note-add 4242@host`.
    public var writer: String
    public var actor: Actor
    public var event: Event

    public init(version: Int = EventRecord.formatVersion, sequence: Int, id: String, time: Timestamp, writer: String,
                actor: Actor, event: Event) {
        self.version = version
        self.sequence = sequence
        self.id = id
        self.time = time
        self.writer = writer
        self.actor = actor
        self.event = event
    }
}

/// What happened. Each case is one `type` in the journal (see docs/journal-format.md).
public enum Event: Sendable, Equatable {
    case participantAdded(name: String, department: String?)
    case noteAdded(NoteDraft)
    case noteEdited(note: String, text: String)
    case noteWithdrawn(note: String)
    /// `item` is the 0-based program index moved to.
    case phaseMoved(item: Int)
    case timerStarted(item: Int)
    case timerPaused(item: Int)
    case timerExtended(item: Int, minutes: Int)
    /// `merged`: near-duplicate notes folded into this key point (shown with it, not apart).
    case keyPointMarked(note: String, text: String?, merged: [String] = [])
    case keyPointUnmarked(note: String)
    /// A next step recorded during the day: what, who, by when.
    case actionAdded(text: String, owner: String?, due: CalendarDate?)
    /// Undoes the facilitator event with this id (the newest not yet undone).
    case undone(target: String)
    case redone(target: String)

    public var typeName: String {
        switch self {
        case .participantAdded: "participant.added"
        case .noteAdded: "note.added"
        case .noteEdited: "note.edited"
        case .noteWithdrawn: "note.withdrawn"
        case .phaseMoved: "phase.moved"
        case .timerStarted: "timer.started"
        case .timerPaused: "timer.paused"
        case .timerExtended: "timer.extended"
        case .keyPointMarked: "keypoint.marked"
        case .keyPointUnmarked: "keypoint.unmarked"
        case .actionAdded: "action.added"
        case .undone: "undo"
        case .redone: "redo"
        }
    }
}

/// A note as submitted, before the journal gives it an id.
public struct NoteDraft: Sendable, Equatable {
    public var text: String
    /// nil when anonymous.
    public var author: String?
    public var department: String?
    public var group: String?
    /// 0-based program index.
    public var item: Int
    /// 1-based question number within the item, if the note answers one.
    public var question: Int?

    public init(text: String, author: String? = nil, department: String? = nil, group: String? = nil, item: Int,
                question: Int? = nil) {
        self.text = text
        self.author = author
        self.department = department
        self.group = group
        self.item = item
        self.question = question
    }
}
