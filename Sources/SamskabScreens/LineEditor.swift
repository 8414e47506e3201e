import SamskabSession
/// Editing text by grapheme cluster: what a person sees as one character moves,
/// deletes and inserts as one, whether it is `a`, `å` written as a + ring, or `👩‍👩‍👧`.
public struct LineEditor: Sendable, Equatable {
    public private(set) var clusters: [Character]
    /// Cursor position, 0…clusters.count.
    public private(set) var cursor: Int

    public init(text: String = "") {
        clusters = Array(text)
        cursor = clusters.count
    }

    public var text: String { String(clusters) }

    public mutating func insert(_ text: String) {
        // Text typed after a base character may combine with it (a + ◌̊ = å): rebuild around the cursor.
        let before = String(clusters[..<cursor]) + text
        let after = clusters[cursor...]
        clusters = Array(before + String(after))
        cursor = Array(before).count
    }

    /// The editing keys, shared by every text field: printable text goes in (no escapes or
    /// controls; in a one-line field line breaks become spaces), and the cursor keys move.
    public mutating func apply(_ key: Key, multiline: Bool) {
        switch key {
        case .paste(let text):
            // The same hygiene as a note's text: escape sequences and controls go, line breaks stay
            // where there can be lines.
            insert(NoteText.stripControls(text, keepNewlines: multiline))
        case .text(let text):
            let flat = multiline ? text : text.replacingNewlines
            insert(String(flat.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }
                .map(Character.init)))
        case .newline where multiline: insert("\n")
        case .backspace: backspace()
        case .delete: delete()
        case .left: left()
        case .right: right()
        case .home, .control("a"): home()
        case .end, .control("e"): end()
        case .control("u"): clearToStart()
        case .control("w"): deleteWordBefore()
        case .wordLeft: wordLeft()
        case .wordRight: wordRight()
        default: break
        }
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(clusters.count, cursor + 1) }
    /// To the start of the current line.
    public mutating func home() {
        while cursor > 0, clusters[cursor - 1] != "\n" { cursor -= 1 }
    }

    /// To the end of the current line.
    public mutating func end() {
        while cursor < clusters.count, clusters[cursor] != "\n" { cursor += 1 }
    }

    public mutating func clear() {
        clusters = []
        cursor = 0
    }

    /// The text wrapped to `width` columns word by word (a line breaks after a space; a word
    /// longer than the line is split), keeping newlines, and the row and column of the cursor in it.
    /// Every cluster stays on exactly one row, so the cursor is always where its text is drawn.
    public func wrapped(width: Int) -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
        let width = max(1, width)
        var lines: [String] = [], cursorRow = 0, cursorColumn = 0
        var start = 0
        while true {
            var end = start
            while end < clusters.count, clusters[end] != "\n" { end += 1 }
            // The rows of the line start..<end.
            var position = start, lastColumns = 0
            repeat {
                var next = position, columns = 0
                while next < end, columns + DisplayWidth.of(clusters[next]) <= width {
                    columns += DisplayWidth.of(clusters[next])
                    next += 1
                }
                // A cluster wider than the whole line still goes somewhere.
                if next == position, next < end {
                    columns = DisplayWidth.of(clusters[next])
                    next += 1
                }
                // Break after the last space that fits, unless the rest of the line fits.
                if next < end, let space = (position..<next).last(where: { clusters[$0] == " " }) {
                    next = space + 1
                    columns = DisplayWidth.of(String(clusters[position..<next]))
                }
                if cursor >= position, cursor < next {
                    cursorRow = lines.count
                    cursorColumn = DisplayWidth.of(String(clusters[position..<cursor]))
                }
                lines.append(String(clusters[position..<next]))
                lastColumns = columns
                position = next
            } while position < end
            if cursor == end {
                // After the last character of the line: on a full row, the cursor goes to a fresh one.
                if lastColumns >= width {
                    lines.append("")
                    cursorColumn = 0
                } else {
                    cursorColumn = lastColumns
                }
                cursorRow = lines.count - 1
            }
            guard end < clusters.count else { break }
            start = end + 1
        }
        return (lines, cursorRow, cursorColumn)
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        clusters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Ctrl-U: everything before the cursor on its line goes.
    public mutating func clearToStart() {
        var start = cursor
        while start > 0, clusters[start - 1] != "\n" { start -= 1 }
        clusters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-W: the word before the cursor (and the spaces after it) goes.
    public mutating func deleteWordBefore() {
        let end = cursor
        wordLeft()
        clusters.removeSubrange(cursor..<end)
    }

    public mutating func delete() {
        guard cursor < clusters.count else { return }
        clusters.remove(at: cursor)
    }

    /// To the start of the previous word.
    public mutating func wordLeft() {
        while cursor > 0, clusters[cursor - 1].isWhitespace { cursor -= 1 }
        while cursor > 0, !clusters[cursor - 1].isWhitespace { cursor -= 1 }
    }

    /// To the end of the next word.
    public mutating func wordRight() {
        while cursor < clusters.count, clusters[cursor].isWhitespace { cursor += 1 }
        while cursor < clusters.count, !clusters[cursor].isWhitespace { cursor += 1 }
    }

    /// Columns from the start of the text to the cursor.
    public var cursorColumn: Int { DisplayWidth.of(String(clusters[..<cursor])) }
}
