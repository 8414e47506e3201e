import SamskabModel
import SamskabSession

/// Who is here (`f` on the projector): everyone on the roster in Danish order, filtered by what
/// is typed; space marks the chosen person present or absent (the engine decides what follows).
public struct AttendanceList: Sendable, Equatable {
    public var filter = LineEditor()
    /// Index into `people`.
    public var selected = 0

    public init() {}

    /// The people shown, in Danish order (Æ, Ø, Å last), matching the filter by name or department.
    public func people(_ state: SessionState) -> [Participant] {
        let wanted = DanishOrder.key(filter.text.trimmingWhitespace)
        return state.participants.values
            .filter { person in
                wanted.isEmpty || DanishOrder.key(person.name).contains(wanted)
                    || (person.department.map { DanishOrder.key($0) == wanted } ?? false)
            }
            .sorted { (DanishOrder.key($0.name), $0.name, $0.id) < (DanishOrder.key($1.name), $1.name, $1.id) }
    }

    /// Rows of names the list shows at a terminal height (also how far PgUp/PgDn move).
    static func visibleRows(height: Int) -> Int { max(1, height - 6) }
}

extension ProjectorController {
    /// Keys while the people list is open: arrows and pages choose, space toggles, letters
    /// search, Esc clears the search and then closes.
    static func attendance(_ key: Key, list: AttendanceList, view: inout ProjectorView, state: SessionState,
                           size: (width: Int, height: Int)) -> [ProjectorEffect] {
        var list = list
        let people = list.people(state)
        let page = AttendanceList.visibleRows(height: size.height)
        let last = max(0, people.count - 1)
        list.selected = min(list.selected, last)
        var effects: [ProjectorEffect] = []
        switch key {
        case .escape:
            if list.filter.text.isEmpty {
                view.attendance = nil
                return []
            }
            list.filter.clear()
            list.selected = 0
        case .up: list.selected = max(0, list.selected - 1)
        case .down: list.selected = min(last, list.selected + 1)
        case .pageUp: list.selected = max(0, list.selected - page)
        case .pageDown: list.selected = min(last, list.selected + page)
        case .home: list.selected = 0
        case .end: list.selected = last
        case .text(" "):
            guard people.indices.contains(list.selected) else { break }
            let person = people[list.selected]
            effects = [.submit(person.absent ? .markPresent(participant: person.id) : .markAbsent(participant: person.id))]
        case .enter, .tab:
            break
        default:
            list.filter.apply(key, multiline: false)
            list.selected = 0
        }
        view.attendance = list
        return effects
    }
}
