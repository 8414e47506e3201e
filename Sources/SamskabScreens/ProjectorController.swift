import SamskabModel
import SamskabSession

/// The projector's controller, as bubbletea's update: `update` (ProjectorUpdate.swift) takes
/// every message; the modes' keys are bound in `ProjectorKeys` and carried out in
/// ProjectorActions.swift. This file: prompts, the engine's answers, selecting and paging notes.
public enum ProjectorController {
    /// A key in a one-line prompt: Enter saves, Esc cancels, ↑↓ choose a scribe note's question;
    /// the rest edit the text.
    static func promptKey(_ key: Key, field: InputField, view: inout ProjectorView,
                          state: SessionState) -> [ProjectorEffect] {
        var input = field
        let strings = Strings(view.language)
        switch ProjectorKeys.prompt.binding(for: key)?.action {
        case .back:
            view.input = nil
            return []
        case .save:
            return submit(input, view: &view, state: state, strings: strings)
        case .chooseQuestion where input.purpose == .scribeText && state.currentItem.questions.count > 1:
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
            // Texts go to the engine as typed; it cleans them and words its refusals. A first
            // prompt of two asks it at once, so that a text it would refuse is said before the next.
            case .scribeText:
                try ask(.addNote(NoteRequest(text: typed, question: input.question)), state: state)
                view.input = InputField(purpose: .scribeAuthor(text: typed), question: input.question)
                return []
            case .scribeAuthor(let text):
                view.page = nil
                return [.submit(.addNote(NoteRequest(text: text, author: typed.isEmpty ? .anonymous : .signed(name: typed),
                                                      question: input.question)))]
            case .edit(let id):
                guard typed != state.notes[id]?.text else { return [] }
                return [.submit(.editNote(note: id, text: typed))]
            case .keyPointWording(let id):
                return [.submit(.rewordKeyPoint(note: id, text: typed))]
            case .clusterName(let notes):
                return [.submit(.cluster(notes: notes, name: typed))]
            case .clusterRename(let cluster):
                guard typed != state.clusters[cluster]?.name else { return [] }
                return [.submit(.renameCluster(cluster: cluster, name: typed))]
            case .actionText:
                try ask(.addAction(text: typed, owner: nil, due: nil), state: state)
                view.input = InputField(purpose: .actionOwner(text: typed))
                return []
            case .actionOwner(let text):
                view.input = InputField(purpose: .actionDue(text: text, owner: typed))
                return []
            case .actionDue(let text, let owner):
                let raw = typed.trimmingWhitespace
                // Danish forms too (`1.10.2019`, `1/10`); the prompt has said what it understood.
                let due = CalendarDate(typed: raw, after: state.workshop.date)
                guard raw.isEmpty || due != nil else {
                    view.input = InputField(purpose: .actionDue(text: text, owner: owner), text: raw)
                    view.message = strings.badDate
                    return []
                }
                return [.submit(.addAction(text: text, owner: owner, due: due))]
            }
        } catch {
            view.message = error.text(danish: view.language == .danish)
            return []
        }
    }

    /// The engine asked about a command before it is sent: its refusal, to be said at once.
    private static func ask(_ command: Command, state: SessionState) throws(SessionError) {
        _ = try Engine.decide(command, by: .facilitator, in: state)
    }

    /// The engine's answer to what the projector submitted: a saved note says so, a refusal
    /// says why.
    /// `target`: for an undo or redo, the action it undid or redid, so the wall can say which.
    /// `state`: the state with the event applied, where it matters (the last item is offered).
    static func received(_ outcome: CommandOutcome, view: inout ProjectorView, target: EventRecord?,
                         state: SessionState?) -> [ProjectorEffect] {
        let strings = Strings(view.language)
        var effects: [ProjectorEffect] = []
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
                if let state { effects = landed(view: &view, state: state) } else { itemChanged(view: &view) }
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
        return effects
    }

    /// The board's page on the wall now; a plan or walk's paging is their own.
    static func currentPage(view: ProjectorView, state: SessionState, size: (width: Int, height: Int), pages: Int,
                                    now: Timestamp) -> Int {
        guard state.currentItem.questions.isEmpty == false, shownView(view, state: state) == .board else {
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
