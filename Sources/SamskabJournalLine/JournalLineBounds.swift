/// The bounds of one journal line, which the reader holds every line to. `DayLimits` (in the
/// model) takes its list and key limits from here, so the engine, the planners and `samskab check`
/// keep what is written within what can be read back. See docs/limits.md.
public enum JournalLineBounds {
    /// Most entries in one list of a line: a plan's seats, a walk's members or visits, a
    /// cluster's notes, a key point's merged notes.
    public static let listEntries = 10_000
    /// Most keys in a line: more than any event writes (7 for the envelope, at most 7 for a
    /// payload), so that a line can be checked for repeated keys in linear time.
    public static let keysPerLine = 32
    /// Most keys in an object inside a list (a seat, a visit, a table: 2 or 3 keys).
    public static let keysPerRow = 8
}
