import SamskabModel
import SamskabSession

/// The keys of a kiosk that is a station of the gallery walk: choose the board (a kiosk that is
/// not a table kiosk), the pair says who it is (the pairs due here now are listed first, the first
/// of them chosen), then a comment on a note or the whole board (Enter) and a +1 (`+`). The
/// engine decides everything: one +1 per pair per note, who signs.
extension KioskController {
    /// Called every frame: the walk's moment, so the kiosk knows the round. A new round (or
    /// another item) hands the kiosk to the next pair, unless a comment is being written.
    public static func follow(view: inout KioskView, state: SessionState, now: Timestamp) {
        var moment = state.walkMoment(item: state.position, at: now)
        // The view keeps the round, not its seconds: those are the clock's (`KioskScreen.moment`),
        // so a station is drawn once a second rather than at every look at the journal.
        moment?.secondsLeftInRound = 0
        let before = view.walkMoment
        view.walkMoment = moment
        guard moment == nil || moment?.round != before?.round else { return }
        if moment == nil {
            view.walk = StationVisit()
        } else {
            // A new round: the pairs due here now are preselected again.
            view.walk.been = []
            view.walk.movedByHand = false
            if view.walk.comment == nil {
                view.walk.pair = nil
                view.walk.selected = 0
            }
        }
    }

    static func station(_ key: Key, view: inout KioskView, state: SessionState) -> [KioskEffect] {
        if view.walk.comment != nil { return comment(key, view: &view, state: state) }
        guard KioskStation.station(view) != nil else {
            let stations = KioskStation.route(state)?.stations ?? []
            switch key {
            case .up: view.walk.selected = max(0, view.walk.selected - 1)
            case .down: view.walk.selected = min(max(0, stations.count - 1), view.walk.selected + 1)
            case .enter:
                guard let chosen = stations[safe: view.walk.selected] else { return [] }
                view.walk.station = chosen.number
                view.walk.selected = 0
            default: break
            }
            return []
        }
        guard view.walk.pair != nil else { return choosePair(key, view: &view, state: state) }
        let entries = KioskStation.entries(view, state: state)
        let selected = min(view.walk.selected, max(0, entries.count - 1))
        switch key {
        case .up: view.walk.selected = max(0, selected - 1)
        case .down: view.walk.selected = min(max(0, entries.count - 1), selected + 1)
        case .enter:
            guard entries.indices.contains(selected) else { return [] }
            view.walk.comment = LineEditor()
        case .text("+"):
            guard case .note(let note) = entries[safe: selected], let speaker = KioskStation.speaker(view, state: state) else {
                view.message = Strings(view.language).plusOneOnBoard
                return []
            }
            return [.submit(.plusOne(note: note.id, participant: speaker))]
        case .escape:
            // The next pair: one due here that has not been here yet, if any, is preselected.
            view.walk.pair = nil
            view.walk.selected = 0
            view.walk.movedByHand = false
        case .text(let typed):
            // Typing on the board starts a comment on the chosen entry with what was typed, as
            // people begin to write without pressing Enter first.
            guard entries.indices.contains(selected) else { return [] }
            var editor = LineEditor()
            editor.apply(.text(typed), multiline: true)
            view.walk.comment = editor
        default:
            break
        }
        return []
    }

    private static func choosePair(_ key: Key, view: inout KioskView, state: SessionState) -> [KioskEffect] {
        let choices = KioskStation.pairChoices(view, state: state)
        let current = KioskStation.chosenPair(view, state: state)
        switch key {
        case .up, .down:
            // From no preselection, either arrow starts at the first pair.
            let moved = current.map { key == .up ? $0 - 1 : $0 + 1 } ?? 0
            view.walk.selected = min(max(0, choices.count - 1), max(0, moved))
            view.walk.movedByHand = true
        case .enter:
            guard let index = current, let chosen = choices[safe: index] else {
                view.message = Strings(view.language).pairChooseFirst
                return []
            }
            view.walk.pair = chosen.group
            if !view.walk.been.contains(chosen.group) { view.walk.been.append(chosen.group) }
            view.walk.selected = 0
            view.walk.movedByHand = false
        case .escape where view.table == nil:
            view.walk.station = nil
            view.walk.selected = 0
        default: break
        }
        return []
    }

    private static func comment(_ key: Key, view: inout KioskView, state: SessionState) -> [KioskEffect] {
        guard var editor = view.walk.comment else { return [] }
        switch key {
        case .escape:
            view.walk.comment = nil
            return []
        case .enter:
            let entries = KioskStation.entries(view, state: state)
            guard let entry = entries[safe: min(view.walk.selected, max(0, entries.count - 1))],
                  let target = KioskStation.target(entry, view: view, state: state) else { return [] }
            // The comment as typed: the engine cleans it, and says why not when it cannot be saved.
            let author: AuthorChoice = KioskStation.speaker(view, state: state).map { .person(id: $0) } ?? .anonymous
            return [.submit(.addComment(target: target, text: editor.text, author: author))]
        default:
            editor.apply(key, multiline: true)
            view.walk.comment = editor
            return []
        }
    }

    /// The engine's answer to a station's comment or +1.
    static func receiveAtStation(_ record: EventRecord, view: inout KioskView) -> Bool {
        let strings = Strings(view.language)
        if record.event.as(CommentAdded.self) != nil {
            view.walk.comment = nil
            view.message = strings.commentSaved
            return true
        }
        if record.event.as(PlusOneAdded.self) != nil {
            view.message = strings.plusOneGiven
            return true
        }
        return false
    }
}
