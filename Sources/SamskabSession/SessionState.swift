import OrderedCollections
import SamskabModel

/// The state of one session: a pure fold of its events over the frozen workshop.
public struct SessionState: Sendable, Equatable {
    public let workshop: Workshop
    /// 0-based index of the current program item.
    public internal(set) var position: Int = 0
    /// Every move of the program, in order (an undone move is taken out again).
    public internal(set) var moves: [Move] = []
    public internal(set) var timers: [Int: ItemTimer] = [:]
    /// Everyone expected or present, by id (`r1`… from the definition's roster, `p<seq>` added on the day).
    public internal(set) var participants: OrderedDictionary<String, Participant> {
        didSet { reindexNames(from: oldValue) }
    }
    /// Ids by lower-cased name, for finding people by name on replay without a scan; and by the
    /// name exactly as written, which is how names come back in a journal (no lower-casing).
    private var idsByName: [String: [String]] = [:]
    private var idsByExactName: [String: [String]] = [:]
    public internal(set) var notes: OrderedDictionary<String, Note> = [:]
    public internal(set) var keyPoints: OrderedDictionary<String, KeyPoint> = [:]
    /// Who sits where, by 0-based item (discussions only).
    public internal(set) var tablePlans: [Int: TablePlan] = [:]
    /// The fernisering's pairs and route, by 0-based gallery item.
    public internal(set) var pairPlans: [Int: PairPlan] = [:]
    /// Comments from the gallery walk, by id (`c<seq>`), oldest first.
    public internal(set) var comments: OrderedDictionary<String, GalleryComment> = [:]
    /// The pairs that gave each note a +1, in order.
    public internal(set) var plusOnes: [String: [PlusOne]] = [:]
    /// Dot voting, by 0-based item, and the dots placed there in order.
    public internal(set) var votings: [Int: Voting] = [:]
    public internal(set) var dots: [Int: [Dot]] = [:]
    /// Clusters of similar notes, by id (`k<seq>`), oldest first.
    public internal(set) var clusters: OrderedDictionary<String, Cluster> = [:] {
        didSet { indexClusters() }
    }
    /// The cluster of each clustered note: asked for every dot on replay, so kept as a table.
    private(set) var clusterOfNote: [String: String] = [:]
    /// Next steps recorded during the day (the definition's own are in `workshop.nextSteps`).
    public internal(set) var actions: OrderedDictionary<String, Action> = [:]
    public internal(set) var lastSequence = 0
    public internal(set) var lastTime: Timestamp?
    /// How many questions each program item has (0: it takes no notes); read for every note on replay.
    let questionCounts: [Int]
    var undoStack: [UndoEntry] = []
    var redoStack: [UndoEntry] = []

    public init(workshop: Workshop) {
        self.workshop = workshop
        questionCounts = workshop.program.map { $0.questions.count }
        participants = [:]
        for (index, person) in workshop.roster.enumerated() {
            let id = Self.rosterID(index: index)
            participants[id] = Participant(id: id, name: person.name, department: person.department)
        }
        indexNames()
    }

    public var currentItem: ProgramItem { workshop.program[position] }

    /// The note id the event with this sequence number gets.
    public static func noteID(sequence: Int) -> String { "n" + String(sequence) }

    /// The id of the definition's roster person at this 0-based position.
    public static func rosterID(index: Int) -> String { "r\(index + 1)" }

    /// The id of a person added on the day by the event with this sequence number.
    public static func participantID(sequence: Int) -> String { "p" + String(sequence) }

    /// The action id an `action.added` event with this sequence number gets.
    public static func actionID(sequence: Int) -> String { "a\(sequence)" }

    /// Notes of one item that are not withdrawn, oldest first.
    public func visibleNotes(item: Int) -> [Note] {
        notes.values.filter { $0.item == item && !$0.withdrawn }
    }

    /// The people with this name (ignoring case), in roster order. Names can repeat.
    public func participants(named name: String) -> [Participant] {
        if let exact = idsByExactName[name] { return exact.compactMap { participants[$0] } }
        return (idsByName[Participant.key(name)] ?? []).compactMap { participants[$0] }
    }

    private mutating func indexClusters() {
        var index: [String: String] = [:]
        for cluster in clusters.values { for note in cluster.notes { index[note] = cluster.id } }
        clusterOfNote = index
    }

    /// Keeps the name indexes up to date at the cost of the change, not of the roster: a person
    /// added at the end (every arrival, and every new author on replay) is added to them; a change
    /// that leaves every name as it was (absent, present) leaves them; anything else rebuilds.
    private mutating func reindexNames(from old: OrderedDictionary<String, Participant>) {
        if participants.count == old.count + 1, let added = participants.values.last, old[added.id] == nil {
            let key = Participant.key(added.name)
            idsByName[key, default: []].append(added.id)
            // The spellings of this name: each answers alone only if it is the only one.
            let group = idsByName[key] ?? []
            var bySpelling: [String: [String]] = [:]
            for id in group { if let person = participants[id] { bySpelling[person.name, default: []].append(id) } }
            for (spelling, ids) in bySpelling {
                idsByExactName[spelling] = ids.count == group.count ? ids : nil
            }
            return
        }
        if participants.count == old.count,
           zip(old.values, participants.values).allSatisfy({ $0.id == $1.id && $0.name == $1.name }) {
            return
        }
        indexNames()
    }

    private mutating func indexNames() {
        var index: [String: [String]] = [:]
        var exact: [String: [String]] = [:]
        for person in participants.values {
            index[Participant.key(person.name), default: []].append(person.id)
            exact[person.name, default: []].append(person.id)
        }
        idsByName = index
        // An exact name answers alone only where no other spelling of it exists ("Bo" and "bo").
        idsByExactName = exact.filter { name, ids in index[Participant.key(name)]?.count == ids.count }
    }

    /// The one person with this name (and department, when given), if exactly one matches.
    /// Runs for every note that names its author on replay, so it builds no lists.
    public func participant(named name: String, department: String? = nil) -> Participant? {
        guard let ids = idsByExactName[name] ?? idsByName[Participant.key(name)] else { return nil }
        var found: Participant?
        for id in ids {
            guard let person = participants[id], department == nil || person.department == department else { continue }
            if found != nil { return nil }
            found = person
        }
        return found
    }

    /// The name people see for a note's author; nil when anonymous.
    public func authorName(of note: Note) -> String? {
        note.authorID.flatMap { participants[$0]?.name }
    }

    /// The newest facilitator event that `undo` would undo, if any.
    public var undoTarget: String? { undoStack.last?.eventID }
    public var redoTarget: String? { redoStack.last?.eventID }

    public func timer(item: Int) -> ItemTimer { timers[item] ?? ItemTimer() }

    /// Seconds left of the item at `now`; negative when overrun.
    public func remainingSeconds(item: Int, at now: Timestamp) -> Double {
        let timer = timer(item: item)
        return Double((workshop.program[item].minutes + timer.extraMinutes) * 60) - timer.elapsedSeconds(at: now)
    }
}

public struct Move: Sendable, Equatable {
    public var sequence: Int
    public var from: Int
    public var to: Int
    public var time: Timestamp
}

/// The clock of one item: it runs while the item is current and started, and keeps what it ran.
public struct ItemTimer: Sendable, Equatable {
    public var runningSince: Timestamp?
    public var elapsedBeforeRun: Double = 0
    public var extraMinutes = 0
    public var firstStarted: Timestamp?

    public init() {}

    public var isRunning: Bool { runningSince != nil }

    public func elapsedSeconds(at now: Timestamp) -> Double {
        elapsedBeforeRun + (runningSince.map { max(0, $0.seconds(until: now)) } ?? 0)
    }

    mutating func start(at time: Timestamp) {
        guard runningSince == nil else { return }
        runningSince = time
        if firstStarted == nil { firstStarted = time }
    }

    mutating func pause(at time: Timestamp) {
        guard let since = runningSince else { return }
        elapsedBeforeRun += max(0, since.seconds(until: time))
        runningSince = nil
    }
}

public struct Participant: Sendable, Equatable {
    /// Stable for the day: notes, votes and table places refer to it; the name may be corrected.
    public var id: String
    public var name: String
    public var department: String?
    /// Marked not in the room: table plans leave them out.
    public var absent: Bool

    public init(id: String, name: String, department: String?, absent: Bool = false) {
        self.id = id
        self.name = name
        self.department = department
        self.absent = absent
    }

    /// Names are matched ignoring case: "Åse" and "åse" are one name.
    static func key(_ name: String) -> String { name.lowercased() }
}

public struct Note: Sendable, Equatable {
    public var id: String
    public var sequence: Int
    public var text: String
    /// The participant who wrote it; nil when anonymous. Show `SessionState.authorName(of:)`.
    public var authorID: String?
    public var department: String?
    public var group: String?
    public var item: Int
    public var question: Int?
    public var time: Timestamp
    public var editedAt: Timestamp?
    public var withdrawn = false
    public var addedBy: Actor

    public var isAnonymous: Bool { authorID == nil }
}

public struct KeyPoint: Sendable, Equatable {
    public var note: String
    /// The facilitator's wording, when it differs from the note's text.
    public var text: String?
    public var sequence: Int
    /// Near-duplicates merged into this key point.
    public var merged: [String] = []
}

public struct Action: Sendable, Equatable {
    public var id: String
    public var text: String
    public var owner: String?
    public var due: CalendarDate?
}
