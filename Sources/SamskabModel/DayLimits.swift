import SamskabJournalLine

/// The bounds of one day's journal, in one place: the journal reader refuses a line beyond them,
/// the engine refuses a command whose event would go beyond them, the planners make plans within
/// them, and `samskab check` warns about (or refuses) a definition whose day would reach them.
/// So what samskab writes, it can always read back. The line's own bounds live with the line
/// format (`JournalLineBounds`); the rest of a day's follow from them. See docs/limits.md.
public enum DayLimits {
    /// Most entries in one list of a journal line (`JournalLineBounds.listEntries`).
    public static let listEntries = JournalLineBounds.listEntries
    /// Most people on a day's roster (the definition's and those who join on the day), so that a
    /// plan's seats (one per person present) and a walk's members always fit in one list.
    public static let people = listEntries
    /// Most tables in one table plan; a planner seats more people at a table rather than make more.
    public static let tables = 1_000
    /// Most rounds of a gallery walk; a longer walk's last rounds are cut.
    public static let rounds = 200
    /// Most keys in a journal line (`JournalLineBounds.keysPerLine`).
    public static let keysPerLine = JournalLineBounds.keysPerLine
    /// Most keys in an object inside a list of a journal line (`JournalLineBounds.keysPerRow`).
    public static let keysPerRow = JournalLineBounds.keysPerRow
    /// Most columns in a roster CSV's header or rows (two are read: name and department).
    public static let rosterColumns = 50

    /// How many rounds of `stationMinutes` a walk of `minutes` has: at least one, at most `rounds`.
    public static func walkRounds(minutes: Int, stationMinutes: Int) -> Int {
        min(rounds, max(1, minutes / max(1, stationMinutes)))
    }

    /// How many rounds at the boards a walk of `groups` pairs may have, so that its visits (one a
    /// pair a round) fit in one list; the rounds after them are for the reflection question.
    public static func visitingRounds(wanted: Int, groups: Int) -> Int {
        guard groups > 0 else { return wanted }
        return min(wanted, listEntries / groups)
    }

    /// The rounds a walk of `rounds` rounds spends at the boards, when a pair has `boards` boards
    /// it did not make: one round for each (at least one), within what one list holds. The one
    /// count the rotation planner plans and `samskab check` warns with.
    public static func roundsAtBoards(rounds: Int, boards: Int, groups: Int) -> Int {
        guard rounds > 0 else { return 0 }
        return max(1, visitingRounds(wanted: min(rounds, max(1, boards)), groups: groups))
    }
}
