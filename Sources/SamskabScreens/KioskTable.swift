import SamskabSession

/// Tables as the kiosk sees them, in the current item's plan: the kiosk's own table
/// (`join --table N`) and where the person writing sits.
enum KioskTable {
    /// The kiosk's table as people see it: the plan's name for it, else "Bord N".
    /// During a gallery walk, the table of the visited discussion: the kiosk is its station.
    static func name(_ view: KioskView, state: SessionState) -> String? {
        let item = state.gallery(item: state.position)?.visitsItem ?? state.position
        return view.table.map { number in
            state.tablePlans[item]?.table(number: number)?.name ?? state.numberedTableName(number)
        }
    }

    /// The people seated at the kiosk's table now.
    static func members(_ view: KioskView, state: SessionState) -> Set<String> {
        guard let number = view.table, let table = state.tablePlans[state.position]?.table(number: number) else { return [] }
        return Set(table.members)
    }

    /// The table a note written now is filed under, as the kiosk asks the engine: the kiosk's own
    /// table — except on a discussion by department, where a person's table is their department's:
    /// there a seated person's note goes where the screen says they sit (`kioskYouSitAt`), never
    /// under another department's table because of the laptop they used.
    static func noteTable(_ view: KioskView, state: SessionState) -> Int? {
        guard let table = view.table else { return nil }
        if state.grouping(item: state.position) == .department, seat(view, state: state) != nil { return nil }
        return table
    }

    /// The table a seated person's notes go to when it is not where they sit (a mixed
    /// discussion's table kiosk used by someone from another table): said beside the seat.
    static func notesGoElsewhere(_ view: KioskView, state: SessionState) -> String? {
        guard let number = noteTable(view, state: state), let seat = seat(view, state: state), seat.number != number else { return nil }
        return name(view, state: state)
    }

    /// Where the person writing sits in the current item's plan, if they have a seat.
    static func seat(_ view: KioskView, state: SessionState) -> Table? {
        guard let id = view.identity?.participant else { return nil }
        return state.tablePlans[state.position]?.table(of: id)
    }
}
