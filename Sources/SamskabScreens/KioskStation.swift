import SamskabModel
import SamskabSession

/// A visit at a station of the gallery walk, as one kiosk follows it: which board (a table kiosk's
/// own, or chosen), which pair is here, what they point at, and a comment being written.
public struct StationVisit: Sendable, Equatable {
    /// The board chosen at a kiosk that is not a table kiosk (its table number).
    public var station: Int?
    /// The pair at the kiosk (0-based group of the walk).
    public var pair: Int?
    /// The line chosen with ↑↓ in the current step.
    public var selected = 0
    /// A pair was chosen by hand with ↑↓ (else the kiosk's preselection holds, `KioskStation.chosenPair`).
    public var movedByHand = false
    /// The pairs that have been at this kiosk in this round: not preselected again after handing over.
    public var been: [Int] = []
    /// The comment being written, while the editor is open.
    public var comment: LineEditor?

    public init() {}
}

/// The gallery walk as a station kiosk reads it from the engine's state; nothing here decides.
enum KioskStation {
    /// One line of a station's board: the whole board, or one note.
    enum Entry: Equatable {
        case board
        case note(Note)
    }

    /// The kiosk is a station now: a gallery walk with pairs, in a round at the boards.
    static func isActive(_ view: KioskView, state: SessionState) -> Bool {
        guard state.gallery(item: state.position) != nil, state.pairPlans[state.position] != nil,
              let moment = view.walkMoment else { return false }
        return !moment.isReflection && !moment.isOver
    }

    /// The board this kiosk stands at: its table's, or the one chosen.
    static func station(_ view: KioskView) -> Int? { view.table ?? view.walk.station }

    static func route(_ state: SessionState) -> WalkRoute? { WalkRoute(state, item: state.position) }

    /// The pairs, those due at this board in this round first (those not yet here before those
    /// that have been), then the rest in number order.
    static func pairChoices(_ view: KioskView, state: SessionState) -> [(group: Int, due: Bool)] {
        guard let route = route(state) else { return [] }
        let round = view.walkMoment?.round ?? 0
        let station = station(view)
        let all = route.plan.groups.indices.filter { !route.plan.groups[$0].isEmpty }.map { group in
            (group: group, due: station != nil && route.plan.station(group: group, round: round) == station)
        }
        let been = view.walk.been
        return all.filter { $0.due && !been.contains($0.group) } + all.filter { $0.due && been.contains($0.group) }
            + all.filter { !$0.due }
    }

    /// The pair line chosen (index in `pairChoices`): as moved with ↑↓; else the first pair due
    /// here that has not been here yet this round; nil when there is none — then nobody is
    /// preselected, and the pair chooses itself with ↑↓.
    static func chosenPair(_ view: KioskView, state: SessionState) -> Int? {
        let choices = pairChoices(view, state: state)
        if view.walk.movedByHand { return choices.isEmpty ? nil : min(max(0, view.walk.selected), choices.count - 1) }
        guard let first = choices.first, first.due, !view.walk.been.contains(first.group) else { return nil }
        return 0
    }

    /// The visited discussion's notes written at the board, by question, oldest first.
    static func notes(_ state: SessionState, station: Int) -> [Note] {
        guard let gallery = state.gallery(item: state.position) else { return [] }
        return state.boardNotes(visited: gallery.visitsItem, table: station)
    }

    /// The lines to choose from on the board: the whole board first, then its notes.
    static func entries(_ view: KioskView, state: SessionState) -> [Entry] {
        guard let station = station(view) else { return [] }
        return [.board] + notes(state, station: station).map { .note($0) }
    }

    /// What a comment from the selected line is about.
    static func target(_ entry: Entry, view: KioskView, state: SessionState) -> CommentTarget? {
        switch entry {
        case .note(let note): return .note(note.id)
        case .board:
            guard let gallery = state.gallery(item: state.position), let station = station(view) else { return nil }
            return .board(item: gallery.visitsItem, table: station)
        }
    }

    /// The person who speaks for the pair at the kiosk (the engine signs with the whole pair).
    static func speaker(_ view: KioskView, state: SessionState) -> String? {
        guard let pair = view.walk.pair else { return nil }
        return route(state)?.plan.groups[safe: pair]?.first
    }

    /// "Par 3: Åse Østergaard & Bo Nielsen"
    static func pairName(_ group: Int, state: SessionState, strings: Strings) -> String {
        let names = route(state)?.plan.groups[safe: group]?.compactMap { state.participants[$0]?.name } ?? []
        return strings.pairLabel(group + 1) + ": " + names.joined(separator: " & ")
    }
}
