import SamskabModel
import SamskabSession

/// The facilitator's keys: a pure function from a key, the view and the state to a new view
/// and the effects to carry out (bubbletea's update). See Strings.helpLines for the table.
public enum ProjectorController {
    /// `now`: the moment of the key, for the page the board shows (its pages turn with the clock).
    public static func handle(_ key: Key, view: inout ProjectorView, state: SessionState,
                              size: (width: Int, height: Int),
                              now: Timestamp = Timestamp(millisecondsSinceEpoch: 0)) -> [ProjectorEffect] {
        let strings = Strings(view.language)
        if key == .resize { return [] }
        if key == .control("l") { return [.redraw] }
        if view.input != nil { return editInput(key, view: &view, state: state, strings: strings) }
        if let overlay = view.overlay { return answerOverlay(overlay, key: key, view: &view, strings: strings) }
        if let list = view.attendance { return attendance(key, list: list, view: &view, state: state, size: size) }
        if let source = view.mergeSource {
            switch key {
            case .enter:
                view.mergeSource = nil
                view.message = nil
                guard let target = view.selectedNote, target != source else { return [] }
                return [.submit(.mergeIntoKeyPoint(note: source, keyPoint: target))]
            case .escape:
                view.mergeSource = nil
                view.message = nil
                view.selectedNote = source
                return []
            case .up, .down, .left, .right:
                select(key, view: &view, state: state, size: size, now: now)
                return []
            default:
                return []
            }
        }
        if let source = view.clusterMergeSource { return clusterMergeKeys(key, source: source, view: &view, state: state, size: size, now: now) }
        view.message = nil
        if let effects = joinCardKeys(key, view: &view) { return effects }
        if let effects = clusterAndVotingKeys(key, view: &view, state: state, size: size) { return effects }
        if let effects = nextStepsKeys(key, view: &view, state: state, size: size) { return effects }
        if let effects = tableKeys(key, view: &view, state: state, size: size) { return effects }
        switch key {
        case .text("q"):
            view.overlay = .confirmQuit
        case .text("?"):
            view.overlay = .help
        case .text("n"):
            return [.submit(.movePhase(.next))]
        case .text("p"):
            return [.submit(.movePhase(.previous))]
        case .text(" "):
            return [.submit(.toggleTimer)]
        case .text("1"):
            return [.submit(.extendTimer(minutes: 1))]
        case .text("5"):
            return [.submit(.extendTimer(minutes: 5))]
        case .text("-"):
            return [.submit(.extendTimer(minutes: -1))]
        case .text("u"):
            return [.submit(.undo)]
        case .text("r"), .control("r"):
            return [.submit(.redo)]
        case .text("a"):
            view.showAuthors.toggle()
        case .text("x"):
            return [.export]
        case .text("t"):
            view.input = InputField(purpose: .actionText)
        case .text("K"):
            guard let id = view.selectedNote, let note = state.notes[id] else {
                view.message = strings.noSelection
                return []
            }
            view.input = InputField(purpose: .keyPointWording(note: id), text: state.keyPoints[id]?.text ?? note.text.replacingNewlines)
        case .text("m"):
            guard let source = view.selectedNote else {
                view.message = strings.noSelection
                return []
            }
            // Merge by pointing: the target is chosen on the wall with the arrows (the newest key
            // point to start with), then Enter.
            view.mergeSource = source
            if let newest = state.keyPoints.values.filter({ state.notes[$0.note]?.item == state.position && $0.note != source })
                .max(by: { $0.sequence < $1.sequence }) {
                view.selectedNote = newest.note
            }
            view.message = strings.chooseMergeTarget
        case .text("s"):
            guard !state.currentItem.questions.isEmpty else { return [] }
            // With one question there is nothing to choose (the engine puts the note there).
            let question = state.currentItem.questions.count > 1 ? focusedQuestion(view: view, state: state) : nil
            view.input = InputField(purpose: .scribeText, question: question)
        case .text("/"):
            view.input = InputField(purpose: .search, text: view.search ?? "")
        case .text("e"):
            guard let id = view.selectedNote, let note = state.notes[id] else {
                view.message = strings.noSelection
                return []
            }
            view.input = InputField(purpose: .edit(note: id), text: note.text.replacingNewlines)
        case .text("d"), .delete:
            guard let id = view.selectedNote else {
                view.message = strings.noSelection
                return []
            }
            view.overlay = .confirmWithdraw(note: id)
        case .text("k"):
            guard let id = view.selectedNote else {
                view.message = strings.noSelection
                return []
            }
            return [.submit(.toggleKeyPoint(note: id))]
        case .escape:
            view.search = nil
            view.selectedNote = nil
            view.marked = []
        case .up, .down, .left, .right:
            select(key, view: &view, state: state, size: size, now: now)
        case .pageUp:
            // Paging by hand holds the page (`h` lets the pages turn again).
            let pages = ProjectorScreen.pageCount(state: state, view: view, size: size)
            view.page = max(0, currentPage(view: view, state: state, size: size, pages: pages, now: now) - 1)
        case .pageDown:
            let pages = ProjectorScreen.pageCount(state: state, view: view, size: size)
            view.page = min(currentPage(view: view, state: state, size: size, pages: pages, now: now) + 1, max(0, pages - 1))
        case .text("h"):
            // Holds the page shown (the pages stop turning), or lets them turn again.
            if view.page != nil {
                view.page = nil
            } else if ProjectorScreen.pageCount(state: state, view: view, size: size) > 1 {
                let pages = ProjectorScreen.pageCount(state: state, view: view, size: size)
                view.page = currentPage(view: view, state: state, size: size, pages: pages, now: now)
            }
        default:
            break
        }
        return []
    }

    private static func answerOverlay(_ overlay: ProjectorView.Overlay, key: Key, view: inout ProjectorView,
                                      strings: Strings) -> [ProjectorEffect] {
        let yes = key == .text(String(strings.yes)) || key == .text(String(strings.yes).uppercased())
        view.overlay = nil
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

    private static func editInput(_ key: Key, view: inout ProjectorView, state: SessionState,
                                  strings: Strings) -> [ProjectorEffect] {
        guard var input = view.input else { return [] }
        switch key {
        case .escape:
            view.input = nil
            return []
        case .enter:
            return submit(input, view: &view, state: state, strings: strings)
        case .up where input.purpose == .scribeText && state.currentItem.questions.count > 1,
             .down where input.purpose == .scribeText && state.currentItem.questions.count > 1:
            // Any question, in order, and "none" (general) before the first.
            let count = state.currentItem.questions.count
            let now = input.question ?? 0
            let next = key == .down ? (now + 1) % (count + 1) : (now + count) % (count + 1)
            input.question = next == 0 ? nil : next
        default:
            input.editor.apply(key, multiline: false)
        }
        view.input = input
        return []
    }

    private static func submit(_ input: InputField, view: inout ProjectorView, state: SessionState,
                               strings: Strings) -> [ProjectorEffect] {
        view.input = nil
        let typed = input.editor.text
        do {
            switch input.purpose {
            case .search:
                let query = typed.trimmingWhitespace
                view.search = query.isEmpty ? nil : query
                view.page = nil
                return []
            case .scribeText:
                let text = try NoteText.clean(typed)
                view.input = InputField(purpose: .scribeAuthor(text: text), question: input.question)
                return []
            case .scribeAuthor(let text):
                let author = try NoteText.cleanName(typed, what: strings.promptAuthor)
                view.page = nil
                return [.submit(.addNote(NoteRequest(text: text, author: author.map { .signed(name: $0) } ?? .anonymous,
                                                      question: input.question)))]
            case .edit(let id):
                let text = try NoteText.clean(typed)
                guard text != state.notes[id]?.text else { return [] }
                return [.submit(.editNote(note: id, text: text))]
            case .keyPointWording(let id):
                return [.submit(.rewordKeyPoint(note: id, text: try NoteText.clean(typed)))]
            case .clusterName(let notes):
                guard let name = try NoteText.cleanName(typed, what: strings.promptClusterName) else { return [] }
                return [.submit(.cluster(notes: notes, name: name))]
            case .clusterRename(let cluster):
                guard let name = try NoteText.cleanName(typed, what: strings.promptClusterRename), name != state.clusters[cluster]?.name else { return [] }
                return [.submit(.renameCluster(cluster: cluster, name: name))]
            case .actionText:
                let text = try NoteText.clean(typed)
                view.input = InputField(purpose: .actionOwner(text: text))
                return []
            case .actionOwner(let text):
                view.input = InputField(purpose: .actionDue(text: text, owner: try NoteText.cleanName(typed, what: strings.promptActionOwner)))
                return []
            case .actionDue(let text, let owner):
                let raw = typed.trimmingWhitespace
                guard raw.isEmpty || CalendarDate(iso: raw) != nil else {
                    view.input = InputField(purpose: .actionDue(text: text, owner: owner), text: raw)
                    view.message = strings.badDate
                    return []
                }
                return [.submit(.addAction(text: text, owner: owner, due: CalendarDate(iso: raw)))]
            }
        } catch {
            view.message = error.text(danish: view.language == .danish)
            return []
        }
    }

    /// The engine's answer to what the projector submitted: a saved note says so, a refusal
    /// says why.
    /// `target`: for an undo or redo, the action it undid or redid, so the wall can say which.
    /// `state`: the state with the event applied, where it matters (the last item is offered).
    public static func receive(_ outcome: CommandOutcome, view: inout ProjectorView, target: EventRecord? = nil,
                               state: SessionState? = nil) {
        let strings = Strings(view.language)
        switch outcome {
        case .refused(let message):
            view.message = message
        case .saved(let record):
            if record.event.as(NoteAdded.self) != nil { view.message = strings.saved }
            if let target, record.event.as(Undone.self) != nil || record.event.as(Redone.self) != nil {
                let what = target.event.payload.summary(sequence: target.sequence, danish: view.language == .danish)
                view.message = record.event.as(Undone.self) != nil ? strings.undid(what) : strings.redid(what)
            }
            if record.event.as(PhaseMoved.self) != nil {
                itemChanged(view: &view, state: state)
            }
            if record.event.as(ClusterMade.self) != nil || record.event.as(ClusterJoined.self) != nil {
                view.marked = []
            }
            if let opened = record.event.as(VotingOpened.self), opened.target == .keyPoints {
                view.showClosing = true
            }
            if record.event.as(PairsPlanned.self) != nil {
                view.showPlan = true
                view.planPage = 0
                view.message = strings.pairsPlanned
            }
            if record.event.as(TablesPlanned.self) != nil {
                view.showPlan = true
                view.planPage = 0
                view.message = strings.tablesPlanned
            }
        }
    }

    /// The board's page on the wall now; a plan or walk's paging is their own.
    private static func currentPage(view: ProjectorView, state: SessionState, size: (width: Int, height: Int), pages: Int,
                                    now: Timestamp) -> Int {
        guard state.currentItem.questions.isEmpty == false, !NextStepsScreen.isShown(view), !ClosingScreen.isShown(view),
              TablePlanScreen.shownPlan(state, view: view) == nil, !WalkScreen.isShown(state, view: view) else {
            return view.page ?? pages - 1
        }
        let frame = ProjectorFrame(state: state, view: view, now: now, utcOffsetSeconds: 0)
        return Board.currentPage(frame, width: size.width, height: size.height)
    }

    /// The question of the selected note's column, where a scribe note goes.
    static func focusedQuestion(view: ProjectorView, state: SessionState) -> Int? {
        let layout = BoardLayout(state: state, view: view)
        if let id = view.selectedNote, let position = layout.position(of: id) {
            return layout.columns[position.column].question
        }
        return layout.columns.count == 1 ? layout.columns[0].question : nil
    }

    /// Arrow keys. The first arrow (or one whose note is not on the page shown) selects on the
    /// page shown: the newest note there, else the first. Then ↑ ↓ go through the column's notes in
    /// order, and ← → to the card beside on the wall: the next stack of a wide column, or the
    /// next column, on every board (by question, by table, a harvest's one prompt).
    static func select(_ key: Key, view: inout ProjectorView, state: SessionState, size: (width: Int, height: Int),
                       now: Timestamp = Timestamp(millisecondsSinceEpoch: 0)) {
        let layout = BoardLayout(state: state, view: view)
        let columns = layout.columns.filter { !$0.notes.isEmpty }
        guard !columns.isEmpty else { return }
        let nonEmpty = BoardLayout(columns: columns)
        let frame = ProjectorFrame(state: state, view: view, now: now, utcOffsetSeconds: 0)
        let placed = Board.placedCards(frame, width: size.width, height: size.height)
        let current = view.selectedNote.flatMap { id in placed.first { $0.ids.contains(id) } }
        guard let id = view.selectedNote, let at = nonEmpty.position(of: id), let card = current else {
            let newest = nonEmpty.newestID
            let first = placed.min { ($0.x, $0.y) < ($1.x, $1.y) }
            if let newest, placed.contains(where: { $0.ids.contains(newest) }) {
                view.selectedNote = newest
            } else {
                view.selectedNote = first?.ids.first ?? newest ?? columns[0].notes.last?.id
            }
            return
        }
        switch key {
        case .up, .down:
            var row = at.row
            row = key == .up ? max(0, row - 1) : min(columns[at.column].notes.count - 1, row + 1)
            view.selectedNote = columns[at.column].notes[row].id
            view.page = nil
        case .left, .right:
            // The nearest card in the next row of cards across, at about the same height.
            let across = placed.filter { key == .left ? $0.x < card.x : $0.x > card.x }
            guard let nextX = key == .left ? across.map(\.x).max() : across.map(\.x).min() else { return }
            let target = across.filter { $0.x == nextX }.min { abs($0.y - card.y) < abs($1.y - card.y) }
            if let target, let next = target.ids.first { view.selectedNote = next }
        default:
            break
        }
    }
}


extension String {
    var replacingNewlines: String {
        String(map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
