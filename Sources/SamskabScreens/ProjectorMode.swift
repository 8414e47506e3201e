/// What the wall is showing, and so which keys it takes: one mode at a time on top, over at most
/// one view and the current item's own screen.
///
/// The projector keeps a stack of modes (`ProjectorView.modes`), bottom first, one per level:
///
/// - level 0, the item's own screen: `.board` (its title card or board) or `.plan` (its table
///   plan or gallery walk, where it has one; else the board);
/// - level 1, a view over it: `.nextSteps`, `.closing` or `.join` (closing it shows the item's
///   screen again);
/// - level 2, what the facilitator is in the middle of: `.attendance`, `.help`, `.confirm`,
///   `.prompt` or `.pointing`.
///
/// The mode on top takes the keys (`ProjectorKeys.table(for:)`). A new mode is a case here, a
/// table of its keys, and what the screen draws for it.
public enum ProjectorMode: Sendable, Equatable {
    case board
    case plan
    /// The day's next steps, large (`N`).
    case nextSteps
    /// The day's key points and next steps (`A`; offered at the last item).
    case closing
    /// The join card (`J`; by itself at the day's start when a server is up): the phones'
    /// address, QR code and room code.
    case join
    /// Who is here (`f`): the people list.
    case attendance(AttendanceList)
    /// The key table (`?`).
    case help
    /// A question answered with j/y or anything else.
    case confirm(Confirmation)
    /// A one-line text prompt (a scribe note, a search, a next step …).
    case prompt(InputField)
    /// Choosing a note on the board with the arrows for a merge.
    case pointing(Pointing)

    public enum Confirmation: Sendable, Equatable {
        case quit
        case withdraw(note: String)
        /// `G`: a new table plan for the current item, everyone reseated.
        case reshuffle
        /// `G` on a gallery walk: new pairs and routes.
        case reshufflePairs
        /// `S` on a gallery walk: the next round now.
        case skipRound
    }

    public enum Pointing: Sendable, Equatable {
        /// `m`: the note to merge into the key point chosen.
        case keyPoint(source: String)
        /// `M`: the cluster to merge into the one chosen.
        case cluster(source: String)
    }

    /// 0: the item's own screen; 1: a view over it; 2: what the facilitator is in the middle of.
    public var level: Int {
        switch self {
        case .board, .plan: 0
        case .nextSteps, .closing, .join: 1
        case .attendance, .help, .confirm, .prompt, .pointing: 2
        }
    }
}

extension ProjectorView {
    /// The mode on top: the one that takes the keys.
    public var mode: ProjectorMode { modes.last ?? .board }

    /// The item's own screen at the bottom: the board, or the plan (or walk) where there is one.
    public var base: ProjectorMode { modes.first ?? .board }

    /// The view over the item's screen, if any (next steps, the closing view or the join card).
    public var overView: ProjectorMode? { modes.first { $0.level == 1 } }

    /// Opens a mode at its level: it replaces what was at that level, and what was above it
    /// (something in the middle of being done) is dropped.
    public mutating func open(_ mode: ProjectorMode) {
        modes = modes.filter { $0.level < mode.level } + [mode]
        if modes.first?.level != 0 { modes.insert(.board, at: 0) }
    }

    /// Closes whatever stands at this level (and above): the mode below shows again.
    public mutating func close(level: Int) {
        guard level > 0 else { return }
        modes = modes.filter { $0.level < level }
    }

    /// Replaces the mode on top of level 2 without touching the rest (an edited prompt, a
    /// moved selection in the people list).
    mutating func replaceTop(_ mode: ProjectorMode) {
        guard self.mode.level == mode.level else { return open(mode) }
        modes[modes.count - 1] = mode
    }
}

// Each question the old flags answered, asked of the modes (screens, saved choices and tests read
// these; setting one opens or closes its mode).
extension ProjectorView {
    /// The table plan (or walk) instead of the board, where the current item has one.
    public var showPlan: Bool {
        get { base == .plan }
        set { modes[0] = newValue ? .plan : .board }
    }

    public var showNextSteps: Bool {
        get { overView == .nextSteps }
        set { setOverView(.nextSteps, newValue) }
    }

    public var showClosing: Bool {
        get { overView == .closing }
        set { setOverView(.closing, newValue) }
    }

    public var showJoin: Bool {
        get { overView == .join }
        set { setOverView(.join, newValue) }
    }

    private mutating func setOverView(_ view: ProjectorMode, _ shown: Bool) {
        if shown {
            guard overView != view else { return }
            let top = modes.filter { $0.level == 2 }
            open(view)
            modes += top
        } else if overView == view {
            modes.removeAll { $0 == view }
        }
    }

    public var attendance: AttendanceList? {
        get { if case .attendance(let list) = mode { list } else { nil } }
        set { setTop(newValue.map { .attendance($0) }) { if case .attendance = $0 { true } else { false } } }
    }

    public var input: InputField? {
        get { if case .prompt(let field) = mode { field } else { nil } }
        set { setTop(newValue.map { .prompt($0) }) { if case .prompt = $0 { true } else { false } } }
    }

    /// Help or a question over the wall.
    public var overlay: Overlay? {
        get {
            switch mode {
            case .help: .help
            case .confirm(.quit): .confirmQuit
            case .confirm(.withdraw(let note)): .confirmWithdraw(note: note)
            case .confirm(.reshuffle): .confirmReshuffle
            case .confirm(.reshufflePairs): .confirmReshufflePairs
            case .confirm(.skipRound): .confirmSkipRound
            default: nil
            }
        }
        set {
            let mode: ProjectorMode? = switch newValue {
            case nil: nil
            case .help: .help
            case .confirmQuit: .confirm(.quit)
            case .confirmWithdraw(let note): .confirm(.withdraw(note: note))
            case .confirmReshuffle: .confirm(.reshuffle)
            case .confirmReshufflePairs: .confirm(.reshufflePairs)
            case .confirmSkipRound: .confirm(.skipRound)
            }
            setTop(mode) { switch $0 { case .help, .confirm: true; default: false } }
        }
    }

    /// While merging (`m`): the note to merge, as the target key point is chosen.
    public var mergeSource: String? {
        get { if case .pointing(.keyPoint(let source)) = mode { source } else { nil } }
        set { setTop(newValue.map { .pointing(.keyPoint(source: $0)) }) { if case .pointing(.keyPoint) = $0 { true } else { false } } }
    }

    /// While merging clusters (`M`): the cluster to merge, as the target is chosen.
    public var clusterMergeSource: String? {
        get { if case .pointing(.cluster(let source)) = mode { source } else { nil } }
        set { setTop(newValue.map { .pointing(.cluster(source: $0)) }) { if case .pointing(.cluster) = $0 { true } else { false } } }
    }

    /// Opens `mode` on top, or (nil) closes the top where it is of the kind asked about.
    private mutating func setTop(_ mode: ProjectorMode?, isKind: (ProjectorMode) -> Bool) {
        if let mode {
            open(mode)
        } else if isKind(self.mode) {
            close(level: 2)
        }
    }
}
