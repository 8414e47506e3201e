import SamskabModel
import SamskabSession

/// The projector's keys for tables: the plan (`g`, `G`), the board by question or by table
/// (`b`) and who is here (`f`). Every rule is the engine's: a key only asks.
extension ProjectorController {
    /// nil: not a key of these; the usual keys take it.
    static func tableKeys(_ key: Key, view: inout ProjectorView, state: SessionState,
                          size: (width: Int, height: Int)) -> [ProjectorEffect]? {
        let walkShown = WalkScreen.isShown(state, view: view)
        let planShown = TablePlanScreen.shownPlan(state, view: view) != nil || walkShown
        let onWalk = state.gallery(item: state.position) != nil
        switch key {
        case .text("g") where onWalk:
            if walkShown {
                view.showPlan = false
                return []
            }
            view.showPlan = true
            view.planPage = 0
            // No pairs yet: the engine makes them (or says why it cannot).
            return arrived(state: state)
        case .text("G") where onWalk:
            view.overlay = .confirmReshufflePairs
            return []
        case .text("S"):
            guard onWalk else { return [.submit(.skipRound)] }  // the engine says why not
            view.overlay = .confirmSkipRound
            return []
        case .text("g"):
            if planShown {
                view.showPlan = false
                return []
            }
            view.showPlan = true
            view.planPage = 0
            // No plan yet: the engine makes one (or says why this item has none).
            return state.tablePlans[state.position] == nil ? [.submit(.planTables(item: nil, reshuffle: false))] : []
        case .text("G"):
            view.overlay = .confirmReshuffle
            return []
        case .text("b"):
            view.showPlan = false
            // This item's own choice: the next discussion opens by question again.
            if view.tableItems.remove(state.position) == nil { view.tableItems.insert(state.position) }
            view.page = nil
            return []
        case .text("f"):
            view.attendance = AttendanceList()
            return []
        default:
            break
        }
        guard planShown else { return nil }
        switch key {
        case .escape:
            view.showPlan = false
            return []
        case .pageUp, .pageDown:
            let pages = walkShown ? WalkScreen.pageCount(state, view: view, size: size)
                : TablePlanScreen.pageCount(state, view: view, size: size)
            let page = min(view.planPage, pages - 1)
            view.planPage = key == .pageUp ? max(0, page - 1) : min(pages - 1, page + 1)
            return []
        case .up, .down, .left, .right, .text("s"), .text("e"), .text("d"), .delete, .text("k"), .text("K"),
             .text("m"), .text("/"):
            // Keys that work on the notes show the board first, then do what they do there.
            view.showPlan = false
            return nil
        default:
            return nil
        }
    }

    /// The program is on another item (by this projector or any other terminal): the board starts
    /// afresh, a discussion with tables opens on its plan, and the last item offers the day's
    /// key points and next steps.
    public static func itemChanged(view: inout ProjectorView, state: SessionState? = nil) {
        view.selectedNote = nil
        view.page = nil
        view.showPlan = true
        view.planPage = 0
        view.marked = []
        view.clusterMergeSource = nil
        view.showClosing = false
        if let state, state.position == state.workshop.program.count - 1 {
            offerClosing(view: &view, takesNotes: !state.currentItem.questions.isEmpty)
        }
    }

    /// The last item: a closing talk opens on the day's key points and next steps; an item with
    /// its own board (or tables) keeps it, and the message line says how to show them.
    static func offerClosing(view: inout ProjectorView, takesNotes: Bool) {
        let strings = Strings(view.language)
        guard !takesNotes else {
            view.message = strings.closingOfferedBeside
            return
        }
        view.showClosing = true
        view.closingPage = 0
        view.message = strings.closingOffered
    }
}
