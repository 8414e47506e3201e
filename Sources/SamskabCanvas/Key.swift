/// A key press, as the terminal backend reports it.
public enum Key: Sendable, Equatable {
    /// Typed text: usually one character, more when pasted.
    case text(String)
    case enter
    /// Ctrl-J: a new line in a multi-line editor.
    case newline
    /// A whole bracketed paste, as it arrived: nothing in it is a key (an Esc or a line break
    /// in it is text, to be cleaned by whoever takes it).
    case paste(String)
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
