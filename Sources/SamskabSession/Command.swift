import SamskabModel

/// What a front end asks for. The command line, the projector and the kiosk only build these;
/// `Engine.decide` turns one into an event against the state at the moment it is written (under
/// the journal's lock), applying every rule, or refuses it in both languages.
public enum Command: Sendable, Equatable {
    case addParticipant(name: String, department: String?)
    /// A person gives their name and department (a kiosk, `join --name`): someone on the roster
    /// of that name in that department is them (marked present if marked absent; already so if
    /// not), anyone else joins the roster. Decided under the journal's lock.
    case join(name: String, department: String?)
    /// Corrects a person's name or department (nil keeps the department).
    case renameParticipant(participant: String, name: String, department: String?)
    /// Not in the room: out of the plans of the current and later items.
    case markAbsent(participant: String)
    /// Arrived after all: a seat at the smallest fitting table of the current plan.
    case markPresent(participant: String)
    /// A table plan for a discussion (nil: the current item); without `reshuffle` only where none exists.
    case planTables(item: Int?, reshuffle: Bool)
    /// Moves one person to a table given by number or name.
    case moveToTable(participant: String, table: String, item: Int?)
    case renameTable(table: String, name: String, item: Int?)
    /// The fernisering's pairs and route (nil: the current item); without `reshuffle` only where none exists.
    case planPairs(item: Int?, reshuffle: Bool)
    /// A late arrival joins the pair that suits them best, which becomes a trio.
    case joinPair(participant: String, item: Int?)
    /// A comment on a note or on a table's whole board; a person on the walk signs with their pair.
    case addComment(target: CommentTarget, text: String, author: AuthorChoice)
    /// A +1 to a note from the pair a person walks in (the current gallery walk, else the latest).
    case plusOne(note: String, participant: String)
    /// The gallery walk moves on to its next round now.
    case skipRound
    /// Dot voting at an item (nil: the current one) on its notes or the day's key points; dots
    /// default to the opsamling's `dots` (else 3).
    case openVoting(item: Int?, on: Voting.Target, dots: Int?, maxPerNote: Int?)
    case closeVoting(item: Int?)
    case revealVoting(item: Int?)
    /// A dot placed (or taken back) by a participant, at the voting of the note's item or the current one.
    case vote(note: String, voter: String, item: Int?, adding: Bool)
    /// Notes put together under a name: a new cluster, or the item's cluster of that name.
    case cluster(notes: [String], name: String)
    /// A note taken out of its cluster.
    case uncluster(note: String)
    /// A cluster (by id, a note in it, or name) renamed.
    case renameCluster(cluster: String, name: String)
    /// One cluster's notes go into another's.
    case mergeClusters(cluster: String, into: String)
    /// A cluster becomes one key point: named as the cluster, its other notes merged into it.
    case clusterToKeyPoint(cluster: String)
    case addNote(NoteRequest)
    case editNote(note: String, text: String)
    case withdrawNote(note: String)
    case movePhase(PhaseTarget)
    case startTimer
    case pauseTimer
    /// Start when paused, pause when running.
    case toggleTimer
    case extendTimer(minutes: Int)
    /// Marks a key point with its wording (nil: the note's own) and near-duplicates merged into it.
    case markKeyPoint(note: String, text: String?, merged: [String])
    /// Marks the note as a key point, or unmarks it if it is one.
    case toggleKeyPoint(note: String)
    /// New wording for a key point; the note's own text (or nothing) goes back to it.
    case rewordKeyPoint(note: String, text: String?)
    /// Merges a note into an existing key point (or makes the target one) as a near-duplicate.
    case mergeIntoKeyPoint(note: String, keyPoint: String)
    case unmarkKeyPoint(note: String)
    case addAction(text: String, owner: String?, due: CalendarDate?)
    case undo
    case redo
}

/// Where the program should go.
public enum PhaseTarget: Sendable, Equatable {
    case next
    case previous
    /// A 0-based program index.
    case item(Int)
}

/// A note as a front end asks for it.
public struct NoteRequest: Sendable, Equatable {
    public var text: String
    public var author: AuthorChoice
    /// Given by hand; otherwise a named author's own department.
    public var department: String?
    /// A table given by hand (number or name); with a plan it must be one of its tables.
    public var group: String?
    /// The table of the kiosk it was written at (`join --table N`), used where the plan has it.
    public var table: Int?
    /// 1-based; with one question only, the note answers it.
    public var question: Int?
    /// 0-based; nil: the current item.
    public var item: Int?

    public init(text: String, author: AuthorChoice = .anonymous, department: String? = nil, group: String? = nil,
                table: Int? = nil, question: Int? = nil, item: Int? = nil) {
        self.text = text
        self.author = author
        self.department = department
        self.group = group
        self.table = table
        self.question = question
        self.item = item
    }
}

/// Who wrote a note, as the front end knows it.
public enum AuthorChoice: Sendable, Equatable {
    case anonymous
    /// Signed explicitly (`--author`, the scribe's author prompt): a name found on the roster or added.
    case signed(name: String)
    /// The person at the kiosk: named, except where the item is anonymous by default.
    case person(id: String)
}

/// Who is asking. A participant can only add notes, join the roster and change their own notes.
public enum Requester: Sendable, Equatable {
    case facilitator
    /// A kiosk or a script acting for a participant (nil: not yet known by name); a kiosk asks
    /// as its sitting, which changes only what it did itself (`SittingRule`).
    case participant(id: String?, sitting: Sitting? = nil)

    public var actor: Actor {
        switch self {
        case .facilitator: .facilitator
        case .participant: .participant
        }
    }
}
