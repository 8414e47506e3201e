import SamskabModel
import SamskabJournalLine

/// Who caused an event. Only facilitator actions are undoable.
public enum Actor: String, Sendable, Codable, Equatable {
    case facilitator
    case participant
}

/// One kind of event: its payload, how it is written to and read from a journal line, and how it
/// changes the state. Adding an event type is one struct conforming to this (in a file of its own
/// under Events/) and one line in `EventTypes.all`; nothing else.
public protocol EventPayload: Sendable, Equatable {
    /// The `type` of the journal line, e.g. `note.added`.
    static var type: String { get }
    /// Typical payloads, for the round-trip tests that run over every event type and the docs.
    static var examples: [Self] { get }
    /// Writes the payload's fields after the envelope, in a fixed order.
    func encode(to line: inout JournalLineWriter)
    /// Reads the payload from a line (of format 1 or 2), checking every value where it enters.
    init(from line: JournalLineReader) throws(JournalLineError)
    /// Checks the event against the state and applies it; every check runs before the first
    /// change, so a refused event leaves no trace. Returns the parts of the state it changed.
    func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges
    /// What undo says it undid, e.g. "move to item 3" / "gå til punkt 3".
    func summary(sequence: Int, danish: Bool) -> String
}

/// The registry of event types: the journal reads a line by its `type` through this list.
public enum EventTypes {
    public static var all: [any EventPayload.Type] {
        [
            ParticipantAdded.self, ParticipantRenamed.self, ParticipantAbsent.self, ParticipantPresent.self,
            TablesPlanned.self, TableSeated.self, TableRenamed.self, PairsPlanned.self, PairJoined.self,
            CommentAdded.self, PlusOneAdded.self, RoundSkipped.self,
            VotingOpened.self, VotingChanged.self, VoteCast.self,
            ClusterMade.self, ClusterJoined.self, ClusterLeft.self, ClusterRenamed.self, ClustersMerged.self,
            NoteAdded.self, NoteEdited.self, NoteWithdrawn.self,
            PhaseMoved.self, TimerStarted.self, TimerPaused.self, TimerExtended.self,
            KeyPointMarked.self, KeyPointUnmarked.self, ActionAdded.self,
            Undone.self, Redone.self,
        ]
    }

    /// Looked up once per journal line on replay, so kept as a table.
    private static let byName: [String: any EventPayload.Type] = Dictionary(
        all.map { ($0.type, $0) }, uniquingKeysWith: { first, _ in first })

    static func named(_ type: String) -> (any EventPayload.Type)? { byName[type] }
}

/// What happened: one event of any type. Equal when the payloads are.
public struct Event: Sendable, Equatable {
    public let payload: any EventPayload

    public init(_ payload: some EventPayload) {
        self.payload = payload
    }

    public var typeName: String { type(of: payload).type }

    /// The payload as a given type, if it is one: `event.as(NoteAdded.self)`.
    public func `as`<Payload: EventPayload>(_: Payload.Type) -> Payload? { payload as? Payload }

    public static func == (lhs: Event, rhs: Event) -> Bool { lhs.payload.isEqual(to: rhs.payload) }

    public func encode(to line: inout JournalLineWriter) { payload.encode(to: &line) }

    /// Reads the payload of a line whose envelope named `type`.
    public static func decode(_ line: JournalLineReader) throws(JournalLineError) -> Event {
        guard let payloadType = EventTypes.named(line.type) else {
            throw JournalLineError("unknown event type '\(line.type)'")
        }
        return try payloadType.decodeEvent(line)
    }
}

extension EventPayload {
    func isEqual(to other: any EventPayload) -> Bool { (other as? Self) == self }

    static func decodeEvent(_ line: JournalLineReader) throws(JournalLineError) -> Event {
        Event(try Self(from: line))
    }
}

/// The parts of the state an event changed (for undo), or none when it is not undoable.
public struct FoldChanges: Sendable {
    var changes: [PartChange]
    /// Undo and redo manage the undo stack themselves.
    var managesUndo = false

    static let none = FoldChanges(changes: [])
    static let undoBookkeeping = FoldChanges(changes: [], managesUndo: true)
}

/// One line of the journal: an event with its envelope.
public struct EventRecord: Sendable, Equatable {
    /// The journal format this samskab writes: 2 (lists as JSON arrays, people by id).
    /// Lines of format 1 are still read.
    public static let formatVersion = 2
    public static let readableVersions = 1...2

    public var version: Int
    /// Gap-free, from 1.
    public var sequence: Int
    /// Unique across all sessions (128 random bits, hex).
    public var id: String
    public var time: Timestamp
    /// Which program wrote it, e.g. `samskab note-add`.
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
