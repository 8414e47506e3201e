import SamskabSession

/// What a message asks the program to do beyond changing the view (bubbletea's Cmd).
public enum ProjectorEffect: Sendable, Equatable {
    /// Ask the engine to carry out this command; its answer comes back as the message
    /// `.outcome`.
    case submit(Command)
    /// Ring the terminal's bell (a walk's new round, the countdown reaching zero).
    case bell
    case quit
    /// Repaint everything (Ctrl-L).
    case redraw
    /// Write the day's summary in every format into the session folder; `.exported` or
    /// `.failed` comes back.
    case export
}

/// The engine's answer to a submitted command, fed back to the controller that asked
/// (bubbletea's message after a command): what was written, or why nothing was.
public enum CommandOutcome: Sendable, Equatable {
    case saved(EventRecord)
    /// The refusal in the screen's language.
    case refused(String)
}
