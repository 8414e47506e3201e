import SamskabModel
import SamskabSession

/// Everything one frame of the projector is drawn from: the session state, the facilitator's
/// view settings, and the moment (so the same frame can be drawn again in a test).
public struct ProjectorFrame: Sendable {
    public var state: SessionState
    public var view: ProjectorView
    public var now: Timestamp
    /// The local time zone's offset from UTC at `now`, for clock times on the wall.
    public var utcOffsetSeconds: Int
    /// The phones' web server while one runs for the session (`samskab serve`): the join card
    /// and the address line at the foot of every board.
    public var web: JoinAddress?

    public init(state: SessionState, view: ProjectorView, now: Timestamp, utcOffsetSeconds: Int, web: JoinAddress? = nil) {
        self.state = state
        self.view = view
        self.now = now
        self.utcOffsetSeconds = utcOffsetSeconds
        self.web = web
    }

    /// The local clock time of a moment.
    public func localClock(_ moment: Timestamp) -> ClockTime {
        moment.localClock(utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The local calendar date of a moment.
    public func localDate(_ moment: Timestamp) -> CalendarDate? {
        moment.localDate(utcOffsetSeconds: utcOffsetSeconds)
    }

    public var remainingSeconds: Int {
        Int(state.remainingSeconds(item: state.position, at: now).rounded(.down))
    }
}

/// The facilitator's settings and what the projector is in the middle of; not in the journal.
public struct ProjectorView: Sendable, Equatable {
    /// Help or a question over the wall (the same as the modes `.help` and `.confirm`).
    public enum Overlay: Sendable, Equatable {
        case help
        case confirmQuit
        case confirmWithdraw(note: String)
        /// `G`: a new table plan for the current item, everyone reseated.
        case confirmReshuffle
        /// `G` on a gallery walk: new pairs and routes.
        case confirmReshufflePairs
        /// `S` on a gallery walk: the next round now.
        case confirmSkipRound
    }

    public var language: Language
    /// Draw with ASCII only (a terminal whose locale is not UTF-8).
    public var ascii = false
    /// What the wall shows, bottom first (see `ProjectorMode`); the last takes the keys.
    public internal(set) var modes: [ProjectorMode] = [.board]
    public var showAuthors = true
    public var selectedNote: String?
    /// Notes marked (`c`) to go into a cluster together (`C`), in the order marked.
    public var marked: [String] = []
    public var closingPage = 0
    /// Page of notes held on the wall (PgUp/PgDn, `h`); nil: the pages turn by themselves where
    /// the notes do not fit on one, every `page_seconds`.
    public var page: Int?
    public var search: String?
    /// A one-line message under the board ("Gemt ✓", or what went wrong).
    public var message: String?
    /// The items (by index) whose board is arranged by table (`b`): each item keeps its own
    /// arrangement, so one discussion's tables do not hide the next one's questions.
    public var tableItems: Set<Int> = []
    /// Page of the table plan, when it does not fit on one screen.
    public var planPage = 0
    /// Page of the next steps, when they do not fit on one screen.
    public var nextStepsPage = 0
    /// The program's item this view is on (nil until the first journal message): when the
    /// journal shows another, the program has moved (here or from any terminal).
    public var item: Int?
    /// The gallery walk's round in the last frame (to notice a shift), and until when the wall
    /// says SKIFT after one.
    public var walkRound: WalkRoundMark?
    public var shiftUntil: Timestamp?
    /// One bell when the countdown reaches zero.
    public var bell = BellOnZero()

    public init(language: Language) {
        self.language = language
    }

    /// The arrangement chosen for an item: by question unless `b` chose tables there.
    public func arrangement(item: Int) -> Arrangement { tableItems.contains(item) ? .byTable : .byQuestion }
}

/// A one-line text prompt and what it is for.
public struct InputField: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case scribeText
        case scribeAuthor(text: String)
        case edit(note: String)
        case search
        /// A key point's wording.
        case keyPointWording(note: String)
        /// A next step: what, then who, then by when.
        case actionText
        case actionOwner(text: String)
        case actionDue(text: String, owner: String?)
        /// `C`: the name of the cluster these notes go into (an existing name gathers them there).
        case clusterName(notes: [String])
        case clusterRename(cluster: String)
    }

    public var purpose: Purpose
    public var editor: LineEditor
    /// For a scribe's note: the question it answers (↑↓ choose any, an empty one too).
    public var question: Int?

    public init(purpose: Purpose, text: String = "", question: Int? = nil) {
        self.purpose = purpose
        self.editor = LineEditor(text: text)
        self.question = question
    }
}

/// What the facilitator chose that must come back after a crash (the projector's
/// `projector.json`): names shown or hidden, the board by question or by table, the selected
/// note, and which view is open.
public struct ProjectorChoiceSet: Sendable, Equatable {
    /// The view open on the wall.
    public enum Shown: String, Sendable, Equatable {
        case board
        /// The table plan (or, on a fernisering, the walk) where the item has one.
        case plan
        case nextSteps = "next_steps"
        /// The day's key points and next steps (`A`).
        case closing
    }

    public var showAuthors: Bool
    /// The items arranged by table, in order.
    public var tableItems: [Int]
    public var selectedNote: String?
    public var shown: Shown

    public init(showAuthors: Bool, tableItems: [Int], selectedNote: String?, shown: Shown) {
        self.showAuthors = showAuthors
        self.tableItems = tableItems
        self.selectedNote = selectedNote
        self.shown = shown
    }

    /// The choices a view stands for now.
    public init(_ view: ProjectorView) {
        showAuthors = view.showAuthors
        tableItems = view.tableItems.sorted()
        selectedNote = view.selectedNote
        shown = view.showClosing ? .closing : view.showNextSteps ? .nextSteps : view.showPlan ? .plan : .board
    }

    /// Puts saved choices back: names are hidden if they were (never shown by this where the
    /// view hides them); a selected note comes back only while it is on the current item's board.
    public func apply(to view: inout ProjectorView, state: SessionState) {
        if !showAuthors { view.showAuthors = false }
        view.tableItems = Set(tableItems)
        if let id = selectedNote, let note = state.notes[id], !note.withdrawn, note.item == state.position {
            view.selectedNote = id
        }
        view.showNextSteps = shown == .nextSteps
        view.showClosing = shown == .closing
        view.showPlan = shown == .plan
    }
}
