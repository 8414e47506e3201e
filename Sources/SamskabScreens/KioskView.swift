import SamskabModel
import SamskabSession

/// What one participant kiosk is doing; not in the journal.
public struct KioskView: Sendable, Equatable {
    public enum Stage: Sendable, Equatable {
        /// Pick yourself from the roster (type to filter), add yourself, or be anonymous.
        case pickName
        /// A new person's name…
        case newName
        /// …and their department.
        case newDepartment(name: String)
        /// Writing notes.
        case writing
        /// Leaving needs the facilitator's code.
        case leaving
    }

    public struct Identity: Sendable, Equatable {
        /// The participant's id; nil for anonymous.
        public var participant: String?
        public var name: String?
        public var department: String?

        public init(participant: String?, name: String?, department: String?) {
            self.participant = participant
            self.name = name
            self.department = department
        }

        public static let anonymous = Identity(participant: nil, name: nil, department: nil)
    }

    public enum Focus: Sendable, Equatable {
        case editor
        /// The participant's own notes in this item, to edit or withdraw (index in that list).
        case ownNotes(Int)
    }

    public var language: Language
    public var ascii = false
    public var stage: Stage = .pickName
    public var identity: Identity?
    /// The filter on the name screen, the new name, or the facilitator code being typed.
    public var field = LineEditor()
    public var selected = 0
    /// The note being written; kept while the room listens to a talk or takes a break.
    public var draft = LineEditor()
    public var question: Int?
    public var focus: Focus = .editor
    /// The own note whose text is in the editor, when editing one.
    public var editing: String?
    /// Notes written at this kiosk by the current person (an anonymous person's too).
    public var written: [String] = []
    /// The journal's last sequence when the current person sat down (nil: nobody has).
    public var sittingSince: Int?
    /// The ballots the current person placed a dot on here, once per dot.
    public var dotsPlaced: [String] = []
    public var confirmWithdraw: String?
    public var message: String?
    /// A new person's name and department sent to the engine as `.join`, until its answer.
    public var joinAsked: JoinAsked?
    public struct JoinAsked: Sendable, Equatable {
        public var name: String
        public var department: String?
    }
    /// A new name for which the closest names on the list were offered first; chosen again, it is added.
    public var offeredFor: String?
    /// The gallery walk's moment at the last frame (`KioskController.follow`), and the visit at
    /// this kiosk as a station.
    public var walkMoment: WalkMoment?
    public var walk = StationVisit()
    /// Dot voting at this kiosk: the list on screen or not, the ballot chosen.
    public var vote = VotingVisit()
    /// The room's item at the last frame (`KioskController.followRoom`): what moved on is not
    /// the next person's business, so it survives `reset`.
    public var position: Int?
    let pin: String
    /// Wrong codes to leave, and the wait they impose; kept for the next person.
    public var code = KioskCodeGuard()
    /// The waits after wrong codes are this many times as long: 1, but shorter in end-to-end tests.
    public var codeWaitScale = 1.0
    /// The table this kiosk stands at (`join --table N`, 1-based): its people come first on the
    /// name screen, and every note from it carries the table.
    public let table: Int?

    public init(language: Language, pin: String, table: Int? = nil) {
        self.language = language
        self.pin = pin
        self.table = table
    }

    /// The current person's turn at this kiosk, as the engine is asked: it changes only the notes
    /// and dots of this sitting.
    public var sitting: Sitting? {
        sittingSince.map { Sitting(since: $0, notes: written, dots: dotsPlaced) }
    }

    /// Back to the name screen for the next person; nothing of the last one stays.
    public mutating func reset() {
        let ascii = self.ascii, moment = walkMoment, position = self.position, code = self.code, scale = codeWaitScale
        self = KioskView(language: language, pin: pin, table: table)
        self.ascii = ascii
        self.code = code
        codeWaitScale = scale
        walkMoment = moment
        self.position = position
    }
}

/// What a kiosk key asks for beyond the view.
public enum KioskEffect: Sendable, Equatable {
    /// Ask the engine; the answer comes back through `KioskController.receive`.
    case submit(Command)
    case leave
    /// Too many wrong codes: the kiosk is locked until the facilitator unlocks it.
    case lockOut
}
