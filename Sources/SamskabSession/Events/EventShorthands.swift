import SamskabModel

/// Shorthands that read like the journal's types: `.phaseMoved(item: 2)`, `.noteAdded(draft)`.
extension Event {
    public static func participantAdded(name: String, department: String?) -> Event {
        Event(ParticipantAdded(name: name, department: department))
    }
    public static func noteAdded(_ draft: NoteDraft) -> Event { Event(NoteAdded(draft)) }
    public static func noteEdited(note: String, text: String) -> Event { Event(NoteEdited(note: note, text: text)) }
    public static func noteWithdrawn(note: String) -> Event { Event(NoteWithdrawn(note: note)) }
    public static func phaseMoved(item: Int) -> Event { Event(PhaseMoved(item: item)) }
    public static func timerStarted(item: Int) -> Event { Event(TimerStarted(item: item)) }
    public static func timerPaused(item: Int) -> Event { Event(TimerPaused(item: item)) }
    public static func timerExtended(item: Int, minutes: Int) -> Event { Event(TimerExtended(item: item, minutes: minutes)) }
    public static func keyPointMarked(note: String, text: String?, merged: [String] = []) -> Event {
        Event(KeyPointMarked(note: note, text: text, merged: merged))
    }
    public static func keyPointUnmarked(note: String) -> Event { Event(KeyPointUnmarked(note: note)) }
    public static func actionAdded(text: String, owner: String?, due: CalendarDate?) -> Event {
        Event(ActionAdded(text: text, owner: owner, due: due))
    }
    public static func undone(target: String) -> Event { Event(Undone(target: target)) }
    public static func redone(target: String) -> Event { Event(Redone(target: target)) }
}
