import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The editors wrap word by word, and the cursor is always drawn on its own text.
struct EditorWrapTests {
    static func editor(_ text: String, cursor: Int) -> LineEditor {
        var editor = LineEditor(text: text)
        for _ in 0..<(editor.clusters.count - cursor) { editor.left() }
        return editor
    }

    @Test func linesBreakAtSpacesNotMidWord() {
        let layout = LineEditor(text: "Tillid frem for kontrol i Aarhus").wrapped(width: 12)
        #expect(layout.lines == ["Tillid frem ", "for kontrol ", "i Aarhus"])
        #expect((layout.cursorRow, layout.cursorColumn) == (2, 8))
    }

    @Test func aWordLongerThanTheLineIsStillSplit() {
        let layout = LineEditor(text: "ny samskabelsesledelse her").wrapped(width: 8)
        #expect(layout.lines == ["ny ", "samskabe", "lseslede", "lse her"])
    }

    @Test func danishLettersAndEmojiWrapByWhatIsSeen() {
        // 🍎 takes two columns; "Ærø 🍎🍎" is 8 columns wide.
        let layout = LineEditor(text: "Æblegrød på Ærø 🍎🍎 og mere").wrapped(width: 9)
        #expect(layout.lines == ["Æblegrød ", "på Ærø ", "🍎🍎 og ", "mere"])
    }

    @Test func newlinesStayAndEmptyLinesCount() {
        let layout = LineEditor(text: "første\n\nanden linje her").wrapped(width: 10)
        #expect(layout.lines == ["første", "", "anden ", "linje her"])
    }

    /// Wherever the cursor is, the cluster under it is the one the text has there.
    @Test(arguments: [4, 7, 12, 30])
    func theCursorIsAlwaysOnItsOwnText(_ width: Int) {
        let text = "Æblegrød på Ærø 🍎 — samskabelse\nkræver mod, tillid og tid — også når det er svært. Samskabelseslederskab!"
        let clusters = Array(text)
        for index in 0...clusters.count {
            let layout = Self.editor(text, cursor: index).wrapped(width: width)
            #expect(layout.lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
            #expect(layout.cursorColumn < width || layout.cursorColumn == 0, "inside the box at \(index)")
            #expect(layout.lines.joined() == text.replacingOccurrences(of: "\n", with: ""))
            guard index < clusters.count, clusters[index] != "\n" else { continue }
            let line = Array(layout.lines[layout.cursorRow])
            var column = 0, found: Character?
            for cluster in line {
                if column == layout.cursorColumn { found = cluster; break }
                column += DisplayWidth.of(cluster)
            }
            #expect(found == clusters[index], "cursor \(index) at width \(width)")
        }
    }

    @Test func theCursorAtTheEndOfAFullLineGoesToAFreshRow() {
        let layout = LineEditor(text: "abcd").wrapped(width: 4)
        #expect(layout.lines == ["abcd", ""])
        #expect((layout.cursorRow, layout.cursorColumn) == (1, 0))
        let middle = Self.editor("abcd\nef", cursor: 4).wrapped(width: 4)
        #expect((middle.cursorRow, middle.cursorColumn) == (1, 0))
        #expect(middle.lines == ["abcd", "", "ef"])
    }

    @Test func twoThousandCharactersWrapQuickly() {
        let text = String(repeating: "Samskabelse kræver mod, tillid og tid. ", count: 52)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Self.editor(text, cursor: 1000).wrapped(width: 76) }
        #expect(elapsed < .milliseconds(50))
    }
}

/// Ctrl-U and Ctrl-W in the middle of a text, and at a line's start.
struct EditorShortcutMoreTests {
    @Test func ctrlWInTheMiddleKeepsWhatFollows() {
        var editor = EditorWrapTests.editor("tillid frem for kontrol", cursor: 15)
        editor.apply(.control("w"), multiline: true)
        #expect(editor.text == "tillid frem  kontrol")
        #expect(editor.cursor == 12)
        editor.apply(.control("w"), multiline: true)
        #expect(editor.text == "tillid  kontrol")
    }

    @Test func ctrlUAtTheStartOfALineLeavesTheLineBefore() {
        var editor = EditorWrapTests.editor("første\nanden", cursor: 7)
        editor.apply(.control("u"), multiline: true)
        #expect(editor.text == "første\nanden")
        editor.apply(.control("u"), multiline: false)
        #expect(editor.cursor == 7)
        var field = LineEditor(text: "Åse Øster")
        field.apply(.control("u"), multiline: false)
        #expect(field.text.isEmpty && field.cursor == 0)
    }
}
