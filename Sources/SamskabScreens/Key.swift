/// A key press, as the terminal backend reports it.
public enum Key: Sendable, Equatable {
    /// Typed text: usually one character, more when pasted.
    case text(String)
    case enter
    /// Ctrl-J: a new line in a multi-line editor.
    case newline
    /// The start and end of a paste (bracketed paste): line breaks in between are text.
    case pasteBegin, pasteEnd
    case escape
    case backspace
    case delete
    case tab
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    case wordLeft, wordRight
    /// Ctrl and a letter (lowercase), e.g. `.control("l")`.
    case control(Character)
    case resize
}

/// What a key asks the program to do beyond changing the view.
public enum ProjectorEffect: Sendable, Equatable {
    /// Write this event to the journal (through the engine, which may still refuse it).
    case append(Actor, Event)
    case quit
    /// Repaint everything (Ctrl-L).
    case redraw
    /// Write the day's summary in every format into the session folder.
    case export
}

import SamskabSession
