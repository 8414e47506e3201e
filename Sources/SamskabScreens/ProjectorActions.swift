import SamskabModel
import SamskabSession

/// What the keys of the board and of the views over it do (`ProjectorKeys` binds them). Every
/// rule is the engine's: a key only asks, with `.submit`.
extension ProjectorController {
    /// `shown`: the view the key was pressed on (the board, the plan or walk, the next steps,
    /// the closing view); keys that mean something else there (Esc, the pages, `g`) ask it.
    static func perform(_ action: ProjectorAction, key: Key, shown: ProjectorMode, view: inout ProjectorView,
                        state: SessionState, size: (width: Int, height: Int), now: Timestamp) -> [ProjectorEffect] {
        let strings = Strings(view.language)
        switch action {
        case .nextItem: return [.submit(.movePhase(.next))]
        case .previousItem: return [.submit(.movePhase(.previous))]
        case .toggleTimer: return [.submit(.toggleTimer)]
        case .extendTimer(let minutes): return [.submit(.extendTimer(minutes: minutes))]
        case .undo: return [.submit(.undo)]
        case .redo: return [.submit(.redo)]
        case .export: return [.export]
        case .redraw: return [.redraw]
        case .quit: view.open(.confirm(.quit))
        case .help: view.open(.help)
        case .authors: view.showAuthors.toggle()
        case .attendance: view.open(.attendance(AttendanceList()))
        case .recordStep: view.input = InputField(purpose: .actionText)
        case .search: view.input = InputField(purpose: .search, text: view.search ?? "")
        case .togglePlan: return togglePlan(shown: shown, view: &view, state: state)
        case .reshuffle:
            view.overlay = state.gallery(item: state.position) != nil ? .confirmReshufflePairs : .confirmReshuffle
        case .skipRound:
            // Off a walk the engine says why not.
            guard state.gallery(item: state.position) != nil else { return [.submit(.skipRound)] }
            view.overlay = .confirmSkipRound
        case .arrangement:
            view.showPlan = false
            // This item's own choice: the next discussion opens by question again.
            if view.tableItems.remove(state.position) == nil { view.tableItems.insert(state.position) }
            view.page = nil
        case .toggleNextSteps:
            if shown == .nextSteps { view.close(level: 1) } else { view.open(.nextSteps) }
            view.nextStepsPage = 0
        case .toggleClosing:
            if shown == .closing { view.close(level: 1) } else { view.open(.closing) }
            view.closingPage = 0
        case .toggleJoin:
            if shown == .join { view.close(level: 1) } else { view.open(.join) }
        case .voteOnKeyPoints:
            view.open(.closing)
            view.closingPage = 0
            // With no key points yet the engine says so.
            return [.submit(.openVoting(item: nil, on: .keyPoints, dots: nil, maxPerNote: nil))]
        case .votingStep: return votingStep(state: state)
        case .back: back(shown: shown, view: &view)
        case .pageUp, .pageDown: page(up: action == .pageUp, shown: shown, view: &view, state: state, size: size, now: now)
        case .holdPage:
            // Holds the page shown (the pages stop turning), or lets them turn again.
            let pages = ProjectorScreen.pageCount(state: state, view: view, size: size)
            if view.page != nil {
                view.page = nil
            } else if pages > 1 {
                view.page = currentPage(view: view, state: state, size: size, pages: pages, now: now)
            }
        case .select: select(key, view: &view, state: state, size: size, now: now)
        case .scribe, .edit, .withdraw, .keyPoint, .keyPointWording, .mergeIntoKeyPoint:
            return noteAction(action, view: &view, state: state, strings: strings)
        case .mark, .gather, .takeOutOfCluster, .mergeClusters:
            return clusterAction(action, view: &view, state: state, strings: strings)
        case .choose, .togglePresent, .yes, .save, .chooseQuestion:
            break  // other modes' actions
        }
        return []
    }

    /// Esc: closes the view shown; on the board it clears the search, the selection and the marks.
    private static func back(shown: ProjectorMode, view: inout ProjectorView) {
        guard shown == .board else { return leave(shown, view: &view) }
        view.search = nil
        view.selectedNote = nil
        view.marked = []
    }

    /// `g`: the plan (or the walk) shown or hidden; over the next steps or the closing view, back
    /// to the plan where it was open under them.
    private static func togglePlan(shown: ProjectorMode, view: inout ProjectorView, state: SessionState) -> [ProjectorEffect] {
        switch shown {
        case .nextSteps, .closing, .join:
            view.close(level: 1)
            if shownView(view, state: state) == .plan { return [] }
        case .plan:
            view.showPlan = false
            return []
        default:
            break
        }
        view.showPlan = true
        view.planPage = 0
        // No pairs or plan yet: the engine makes them (or says why this item has none).
        if state.gallery(item: state.position) != nil { return arrived(state: state) }
        return state.tablePlans[state.position] == nil ? [.submit(.planTables(item: nil, reshuffle: false))] : []
    }

    /// PgUp / PgDn on the view shown. Paging the board by hand holds the page (`h` lets the
    /// pages turn again).
    private static func page(up: Bool, shown: ProjectorMode, view: inout ProjectorView, state: SessionState,
                             size: (width: Int, height: Int), now: Timestamp) {
        func turn(_ page: Int, of pages: Int) -> Int {
            let page = min(page, pages - 1)
            return up ? max(0, page - 1) : min(pages - 1, page + 1)
        }
        switch shown {
        case .plan:
            let pages = WalkScreen.isShown(state, view: view) ? WalkScreen.pageCount(state, view: view, size: size)
                : TablePlanScreen.pageCount(state, view: view, size: size)
            view.planPage = turn(view.planPage, of: pages)
        case .nextSteps:
            view.nextStepsPage = turn(view.nextStepsPage, of: NextStepsScreen.pageCount(state, view: view, size: size))
        case .closing:
            view.closingPage = turn(view.closingPage, of: ClosingScreen.pageCount(state, view: view, size: size))
        case .join:
            break  // one page
        default:
            let pages = ProjectorScreen.pageCount(state: state, view: view, size: size)
            let current = currentPage(view: view, state: state, size: size, pages: pages, now: now)
            view.page = up ? max(0, current - 1) : min(current + 1, max(0, pages - 1))
        }
    }

    /// The keys on the selected note: scribe, edit, withdraw, key point, its wording, merge.
    private static func noteAction(_ action: ProjectorAction, view: inout ProjectorView, state: SessionState,
                                   strings: Strings) -> [ProjectorEffect] {
        if action == .scribe {
            guard !state.currentItem.questions.isEmpty else { return [] }
            // With one question there is nothing to choose (the engine puts the note there).
            let question = state.currentItem.questions.count > 1 ? focusedQuestion(view: view, state: state) : nil
            view.input = InputField(purpose: .scribeText, question: question)
            return []
        }
        guard let id = view.selectedNote,
              [.withdraw, .keyPoint, .mergeIntoKeyPoint].contains(action) || state.notes[id] != nil else {
            view.message = strings.noSelection
            return []
        }
        switch action {
        case .edit:
            view.input = InputField(purpose: .edit(note: id), text: state.notes[id]?.text.replacingNewlines ?? "")
        case .withdraw:
            view.overlay = .confirmWithdraw(note: id)
        case .keyPoint:
            return [.submit(.toggleKeyPoint(note: id))]
        case .keyPointWording:
            view.input = InputField(purpose: .keyPointWording(note: id),
                                    text: state.keyPoints[id]?.text ?? state.notes[id]?.text.replacingNewlines ?? "")
        default:
            // Merge by pointing: the target is chosen on the wall with the arrows (the newest key
            // point to start with), then Enter.
            view.mergeSource = id
            if let newest = state.keyPoints.values.filter({ state.notes[$0.note]?.item == state.position && $0.note != id })
                .max(by: { $0.sequence < $1.sequence }) {
                view.selectedNote = newest.note
            }
            view.message = strings.chooseMergeTarget
        }
        return []
    }
}
