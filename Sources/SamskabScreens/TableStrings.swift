import SamskabModel

/// The texts of tables, the table plan and who is here, in Danish and English.
extension Strings {
    // The table plan on the wall.
    public var tablePlanLabel: String { t("BORDPLAN", "TABLE PLAN") }
    public func peopleAtTables(_ people: Int, _ tables: Int) -> String {
        let persons = people == 1 ? t("1 person", "1 person") : t("\(people) personer", "\(people) people")
        let at = tables == 1 ? t("ved 1 bord", "at 1 table") : t("ved \(tables) borde", "at \(tables) tables")
        return persons + " " + at
    }
    public func unseated(_ count: Int, names: String) -> String {
        t("\(count) uden plads: \(names)", "\(count) without a seat: \(names)")
    }
    /// The plan's own keys, from its key table.
    public var planKeys: String { ProjectorKeys.plan.hintLine(language) }
    public var confirmReshuffle: String { confirmReshuffle(notesKeepingTables: 0) }
    /// Said before a reshuffle: where notes were written at the tables, they stay with them.
    public func confirmReshuffle(notesKeepingTables notes: Int) -> String {
        guard notes > 0 else { return t("Bland bordene igen? Alle får en ny plads (j/n)", "Reshuffle the tables? Everyone gets a new seat (y/n)") }
        let count = notes == 1 ? t("1 note", "1 note") : t("\(notes) noter", "\(notes) notes")
        return t("Bland bordene igen? Alle får en ny plads; \(count) bliver ved bordet, de blev skrevet ved (j/n)",
                 "Reshuffle the tables? Everyone gets a new seat; \(count) keep the table they were written at (y/n)")
    }
    public var tablesPlanned: String { t("Bordplanen er klar", "The table plan is ready") }

    // The board's arrangement.
    public var byQuestion: String { t("efter spørgsmål", "by question") }
    public var byTable: String { t("efter bord", "by table") }
    public var noTable: String { t("Uden bord", "No table") }
    public func questionLabel(_ number: Int) -> String { t("spm. \(number)", "q. \(number)") }

    // Who is here.
    public func attendanceTitle(present: Int, of total: Int) -> String {
        t("Fremmøde: \(present) af \(total) til stede", "Who is here: \(present) of \(total) present")
    }
    public var present: String { t("til stede", "present") }
    public var absent: String { t("fraværende", "absent") }
    public var attendanceFilter: String { t("Skriv for at søge: ", "Type to search: ") }
    /// The people list's keys, from its key table.
    public var attendanceHints: String { ProjectorKeys.attendance.hintLine(language) }
    public func range(_ from: Int, _ to: Int, of total: Int) -> String { t("\(from)–\(to) af \(total)", "\(from)–\(to) of \(total)") }
    public var attendanceNobody: String { t("Ingen navne passer", "No names match") }

    // The kiosk at a table.
    public func kioskYouSitAt(_ table: String) -> String { t("Du sidder ved \(table)", "You sit at \(table)") }
    public func kioskNotesGoTo(_ table: String) -> String { t("noter herfra lægges på \(table)", "notes from here go to \(table)") }
    public func kioskTableFirst(_ table: String) -> String { t("Folk ved \(table) står øverst", "People at \(table) are listed first") }
}
