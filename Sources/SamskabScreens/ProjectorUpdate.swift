import SamskabModel
import SamskabSession

/// Everything that can happen to the projector, as one message to `ProjectorController.update`
/// (bubbletea's Msg): the main loop only turns what happens into these and carries out the
/// effects that come back.
public enum ProjectorMessage: Sendable {
    /// A key, with the terminal's size and the moment (the board's pages turn with the clock).
    case key(Key, size: (width: Int, height: Int), now: Timestamp)
    /// The clock moved on: a walk's round may have shifted, the countdown may have reached zero.
    case tick(now: Timestamp)
    /// The journal was read again (this projector's own events or any other terminal's): the
    /// program may be on another item.
    case journal
    /// The engine's answer to a command the projector submitted; for an undo or redo, the
    /// record it undid or redid, so the wall can say which.
    case outcome(CommandOutcome, undid: EventRecord?)
    /// The day's summary was written to this folder.
    case exported(folder: String)
    /// Something the loop was asked to do failed (or the web server it started stopped); said
    /// on the wall.
    case failed(String)
    /// The phones' web server is seen for the first time in this run (its web.json, its process
    /// alive): at the day's start the join card opens by itself.
    case serverAppeared
}

extension ProjectorController {
    /// The projector's one update function: a message, the view and the state (after what the
    /// message reports) → the new view and what to do.
    public static func update(_ message: ProjectorMessage, view: inout ProjectorView,
                              state: SessionState) -> [ProjectorEffect] {
        switch message {
        case .key(let key, let size, let now):
            return keyPressed(key, view: &view, state: state, size: size, now: now)
        case .tick(let now):
            let shifted = walkShift(view: &view, state: state, now: now)
            let zero = view.bell.shouldRing(ProjectorFrame(state: state, view: view, now: now, utcOffsetSeconds: 0))
            return shifted || zero ? [.bell] : []
        case .journal:
            guard view.item != state.position else { return [] }
            // The first reading only says where the wall opened; later ones that the program moved.
            guard view.item != nil else {
                view.item = state.position
                return []
            }
            return landed(view: &view, state: state)
        case .outcome(let outcome, let target):
            return received(outcome, view: &view, target: target, state: state)
        case .exported(let folder):
            view.message = Strings(view.language).exported(folder)
            return []
        case .failed(let text):
            view.message = text
            return []
        case .serverAppeared:
            // Over whatever is in the middle of being done, which stays on top.
            if state.position == 0 { view.showJoin = true }
            return []
        }
    }

    /// The program is on another item (moved here or from any terminal): the view starts afresh
    /// there, and a walk without pairs asks for them.
    static func landed(view: inout ProjectorView, state: SessionState) -> [ProjectorEffect] {
        view.item = state.position
        itemChanged(view: &view, state: state)
        return arrived(state: state)
    }

    /// A key goes to the mode on top.
    static func keyPressed(_ key: Key, view: inout ProjectorView, state: SessionState,
                           size: (width: Int, height: Int), now: Timestamp) -> [ProjectorEffect] {
        // A new size: the wall is drawn afresh.
        if key == .resize { return [.redraw] }
        if key == .control("l") { return [.redraw] }
        switch view.mode {
        case .prompt(let field):
            return promptKey(key, field: field, view: &view, state: state)
        case .help, .confirm:
            return answer(key, view: &view)
        case .attendance(let list):
            return attendance(key, list: list, view: &view, state: state, size: size)
        case .pointing(let pointing):
            return pointingKey(key, pointing: pointing, view: &view, state: state, size: size, now: now)
        case .board, .plan, .nextSteps, .closing, .join:
            view.message = nil
            let shown = shownView(view, state: state)
            if shown != .board, let own = ProjectorKeys.table(for: shown).binding(for: key) {
                return perform(own.action, key: key, shown: shown, view: &view, state: state, size: size, now: now)
            }
            guard let binding = ProjectorKeys.board.binding(for: key) else { return [] }
            if binding.row.onNotes, shown != .board {
                // Keys that work on the notes show the board first (from under any view), then do
                // what they do there.
                view.close(level: 1)
                view.showPlan = false
                return perform(binding.action, key: key, shown: .board, view: &view, state: state, size: size, now: now)
            }
            return perform(binding.action, key: key, shown: shown, view: &view, state: state, size: size, now: now)
        }
    }

    /// Which of the wall's views is shown: a view over the item's screen, the item's plan or walk
    /// where it has one, else its board (or title card).
    static func shownView(_ view: ProjectorView, state: SessionState) -> ProjectorMode {
        if view.attendance == nil, let over = view.overView { return over }
        if TablePlanScreen.shownPlan(state, view: view) != nil || WalkScreen.isShown(state, view: view) { return .plan }
        return .board
    }

    /// Closes a view to show the board.
    static func leave(_ shown: ProjectorMode, view: inout ProjectorView) {
        switch shown {
        case .plan: view.showPlan = false
        case .nextSteps, .closing, .join: view.close(level: 1)
        default: break
        }
    }

    /// Help closes on any key; a question is answered yes (j or y in either language, as the key
    /// table says: a facilitator used to English answers `y` on a Danish day too) or no.
    private static func answer(_ key: Key, view: inout ProjectorView) -> [ProjectorEffect] {
        guard let overlay = view.overlay else { return [] }
        let yes = ProjectorKeys.confirm.binding(for: key)?.action == .yes
        view.close(level: 2)
        switch overlay {
        case .help:
            return []
        case .confirmQuit:
            return yes ? [.quit] : []
        case .confirmWithdraw(let id):
            guard yes else { return [] }
            view.selectedNote = nil
            return [.submit(.withdrawNote(note: id))]
        case .confirmReshuffle:
            guard yes else { return [] }
            view.showPlan = true
            view.planPage = 0
            return [.submit(.planTables(item: nil, reshuffle: true))]
        case .confirmReshufflePairs:
            guard yes else { return [] }
            view.showPlan = true
            view.planPage = 0
            return [.submit(.planPairs(item: nil, reshuffle: true))]
        case .confirmSkipRound:
            return yes ? [.submit(.skipRound)] : []
        }
    }

    /// While a merge is being pointed at: arrows choose, Enter merges, Esc cancels.
    private static func pointingKey(_ key: Key, pointing: ProjectorMode.Pointing, view: inout ProjectorView,
                                    state: SessionState, size: (width: Int, height: Int), now: Timestamp) -> [ProjectorEffect] {
        guard let action = ProjectorKeys.pointing.binding(for: key)?.action else { return [] }
        switch action {
        case .select:
            select(key, view: &view, state: state, size: size, now: now)
            return []
        case .back:
            view.close(level: 2)
            view.message = nil
            if case .keyPoint(let source) = pointing { view.selectedNote = source }
            return []
        default:
            view.close(level: 2)
            view.message = nil
            switch pointing {
            case .keyPoint(let source):
                guard let target = view.selectedNote, target != source else { return [] }
                return [.submit(.mergeIntoKeyPoint(note: source, keyPoint: target))]
            case .cluster(let source):
                guard let id = view.selectedNote, let target = state.cluster(of: id), target.id != source else {
                    view.message = Strings(view.language).notInCluster
                    return []
                }
                return [.submit(.mergeClusters(cluster: source, into: target.id))]
            }
        }
    }
}

// The entry points the loop used to call in turn, kept for the tests that speak them: each is
// one message to `update`.
extension ProjectorController {
    /// `now`: the moment of the key, for the page the board shows (its pages turn with the clock).
    public static func handle(_ key: Key, view: inout ProjectorView, state: SessionState,
                              size: (width: Int, height: Int),
                              now: Timestamp = Timestamp(millisecondsSinceEpoch: 0)) -> [ProjectorEffect] {
        update(.key(key, size: size, now: now), view: &view, state: state)
    }

    /// The engine's answer; `state`: the state with the event applied, where it matters.
    public static func receive(_ outcome: CommandOutcome, view: inout ProjectorView, target: EventRecord? = nil,
                               state: SessionState? = nil) {
        _ = received(outcome, view: &view, target: target, state: state)
    }

    /// Called every frame; the answer is whether to ring the bell for a walk's new round.
    public static func tick(view: inout ProjectorView, state: SessionState, now: Timestamp) -> Bool {
        walkShift(view: &view, state: state, now: now)
    }
}
