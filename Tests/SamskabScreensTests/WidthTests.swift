import Testing
@testable import SamskabScreens
@testable import SamskabCanvas

struct WidthTests {
    @Test(arguments: [
        ("a", 1), ("æ", 1), ("Å", 1), ("A\u{30A}", 1), ("🍎", 2), ("中", 2), ("テ", 2), ("👩‍👩‍👧", 2),
        ("❤️", 2), ("❤", 1), ("🇩🇰", 2), ("👍🏽", 2), ("1️⃣", 2), ("\u{200B}", 0), ("—", 1), ("…", 1), ("█", 1),
    ])
    func clusterWidths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width, "\(text)")
    }

    @Test func canvasKeepsWideClustersWhole() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.write("a🍎b中", x: 0, y: 0)
        #expect(canvas.lines == ["a🍎b中"])
        #expect(canvas[2, 0].isContinuation)
        // Overwriting the right half of the apple blanks its left half too.
        canvas.write("x", x: 2, y: 0)
        #expect(canvas.lines == ["a xb中"])
    }

    @Test func aWideClusterThatDoesNotFitIsNotHalfDrawn() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write("ab🍎", x: 0, y: 0, limit: 3)
        #expect(canvas.lines == ["ab…"])
    }

    @Test func truncationUsesAnEllipsisWithinTheWidth() {
        #expect(TextLayout.truncate("Æblegrød på Ærø", to: 8) == "Æblegrø…")
        #expect(TextLayout.truncate("🍎🍎🍎", to: 4) == "🍎…")
        #expect(TextLayout.truncate("kort", to: 10) == "kort")
        #expect(DisplayWidth.of(TextLayout.truncate("中文中文中文", to: 5)) <= 5)
    }

    @Test func wrapBreaksAtSpacesAndInsideLongWords() {
        #expect(TextLayout.wrap("Tillid frem for kontrol", to: 12) == ["Tillid frem", "for kontrol"])
        #expect(TextLayout.wrap("samskabelsesindsatser", to: 8) == ["samskabe", "lsesinds", "atser"])
        #expect(TextLayout.wrap("linje et\nlinje to", to: 20) == ["linje et", "linje to"])
        #expect(TextLayout.wrap("en to tre fire fem seks", to: 8, maxLines: 2) == ["en to", "tre fir…"])
        for line in TextLayout.wrap("🍎🍎🍎 中文中文 æøå", to: 5) { #expect(DisplayWidth.of(line) <= 5) }
    }
}

struct LineEditorTests {
    @Test func movesAndDeletesByGrapheme() {
        var editor = LineEditor(text: "Ærø 👩‍👩‍👧 å")
        editor.backspace()
        #expect(editor.text == "Ærø 👩‍👩‍👧 ")
        editor.left()
        editor.backspace()
        #expect(editor.text == "Ærø  ", "the whole family goes in one keypress")
        editor.home()
        editor.delete()
        #expect(editor.text == "rø  ")
        editor.end()
        editor.insert("🍎")
        #expect(editor.text == "rø  🍎")
        #expect(editor.cursorColumn == 6)
    }

    @Test func combiningMarksJoinTheCharacterBeforeThem() {
        var editor = LineEditor(text: "A")
        editor.insert("\u{30A}")
        #expect(editor.clusters.count == 1)
        #expect(editor.cursor == 1)
    }

    @Test func wordJumps() {
        var editor = LineEditor(text: "Æblegrød på Ærø")
        editor.wordLeft()
        #expect(editor.cursor == 12)
        editor.wordLeft()
        #expect(editor.cursor == 9)
        editor.home()
        editor.wordRight()
        #expect(editor.cursor == 8)
    }
}

/// The fast paths measure and wrap exactly as the grapheme-cluster paths do, and counting lines
/// gives as many as wrapping makes.
struct LatinFastPathTests {
    @Test func fastAndClusterPathsAgreeOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Æ", "ø", "å", "é", " ", " ", "  ", "\n", "samskabelse", "Ærøskøbing", "x",
                      String(repeating: "ø", count: 23), "ŋ", "ʃ", "\u{A0}", "-", "🍎", "中文", "👩‍👩‍👧", "🇩🇰", "e\u{301}",
                      "\u{301}", "\u{200D}", "👍🏽", "\u{1F3FD}", "\r", "\u{600}", "テスト",
                      "—", "–", "…", "’", "“", "”", "\u{2007}", "\u{2030}", "×", "ÿ", "ʼ", "Ā", "🌡", "🎉", "🍎🍎🍎", "\u{1FAF6}"]
        var fastOnes = 0
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<25, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let columns = Int.random(in: 1...40, using: &generator)
            if let fast = DisplayWidth.latinColumns(text.utf8) {
                #expect(fast == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
            }
            let maxLines = Int.random(in: 1...8, using: &generator)
            #expect(TextLayout.lineCount(text, to: columns) == TextLayout.wrap(text, to: columns).count, "\(text) at \(columns)")
            #expect(TextLayout.lineCount(text, to: columns, maxLines: maxLines) == TextLayout.wrap(text, to: columns, maxLines: maxLines).count,
                    "\(text) at \(columns), at most \(maxLines) lines")
            if let fast = TextLayout.scalarLines(text, columns: columns) {
                fastOnes += 1
                #expect(fast == TextLayout.clusterLines(text, columns: columns), "\(text) at \(columns)")
            }
        }
        #expect(fastOnes > 500, "most texts take the fast path")
    }

    @Test func danishNotesAreCountedByteByByte() {
        for text in ["Æblegrød på Ærø — “samskabelse” … og ‘tillid’", "Note 60: tillid og samskabelse på tværs", "ŋʃ ×÷ Āā\nny linje",
                     String(repeating: "ø", count: 90), "Note 7: samskabelse kræver tillid 🍎", "🎉🌡 fest"] {
            // Where an emoji's word must be cut, the long way counts it (its two columns may not split evenly).
            #expect(TextLayout.narrowLineCount(text.utf8, columns: 40) != nil, "\(text) is counted byte by byte")
            for columns in [1, 2, 5, 12, 40] {
                guard let counted = TextLayout.narrowLineCount(text.utf8, columns: columns) else { continue }
                #expect(counted == TextLayout.wrap(text, to: columns).count, "\(text) at \(columns)")
            }
        }
        for text in ["👍🏽", "🇩🇰", "👩‍👩‍👧", "❤️", "e\u{301}", "a\u{A0}b", "\u{2007}", "中文", "a\rb"] {
            #expect(TextLayout.narrowLineCount(text.utf8, columns: 10) == nil, "\(text) is counted the long way")
        }
    }

    @Test func otherTextTakesTheClusterPath() {
        for text in ["e\u{301}", "中文", "🍎", "tab\there", "\r\n", "\u{85}", "a\u{300}"] {
            #expect(DisplayWidth.latinColumns(text.utf8) == nil, "\(text)")
        }
    }
}
