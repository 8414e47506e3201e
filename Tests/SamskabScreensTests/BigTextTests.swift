import SamskabModel
import SamskabSession
import Testing
@testable import SamskabScreens

/// Large letters and digits: solid, sized to the wall; a break's countdown with what comes next.
struct BigTextTests {
    static func breakFrame() -> ProjectorFrame {
        var script = ScreenFixture.Script()
        script.move(to: 4, at: 95)   // Pause, 10:35–10:45
        return ProjectorFrame(state: script.state(), view: ProjectorView(language: .danish), now: ScreenFixture.at(96),
                              utcOffsetSeconds: ScreenFixture.offset)
    }

    static func digitRows(_ canvas: Canvas) -> Int {
        canvas.lines.filter { $0.contains("█") }.count
    }

    @Test func aBreaksCountdownGrowsWithTheWallAndSaysWhatComesNext() {
        let small = ProjectorScreen.render(Self.breakFrame(), width: 80, height: 24)
        let large = ProjectorScreen.render(Self.breakFrame(), width: 200, height: 60)
        #expect(Self.digitRows(small) >= BigDigits.height && Self.digitRows(large) > Self.digitRows(small))
        #expect(Self.digitRows(large) >= 3 * BigDigits.height, "the digits fill a large wall")
        for canvas in [small, large] {
            let text = canvas.lines.joined(separator: "\n")
            #expect(text.contains("tilbage kl. 10:45") && text.contains("Derefter: Oplæg · Samskabelse"))
            #expect(!canvas.cells.contains { ($0.style == .countdown || $0.style == .warning) && $0.text == " " },
                    "solid: only the strokes are drawn")
        }
    }

    @Test func theScaleKeepsTheDigitsUprightAndInside() throws {
        let scale = try #require(BigDigits.scale("10:00", width: 196, height: 40))
        #expect(BigDigits.width("10:00") * scale.x <= 196 && BigDigits.height * scale.y <= 40)
        #expect(scale.x >= scale.y && scale.x <= 2 * scale.y)
        #expect(BigDigits.scale("10:00", width: 10, height: 40) == nil)
    }

    @Test func shiftIsSolidRedLettersOnTheWallsBackground() {
        var view = ProjectorView(language: .danish)
        view.shiftUntil = ScreenFixture.at(1000)
        let frame = ProjectorFrame(state: ScreenFixture.discussionState(), view: view, now: ScreenFixture.at(210),
                                   utcOffsetSeconds: ScreenFixture.offset)
        #expect(WalkScreen.bigText(frame, strings: Strings(.danish)).style == .warning)
        var canvas = Canvas(width: 60, height: 8)
        canvas.bigText("SKIFT", x: 1, y: 1, style: .warning, ascii: false)
        #expect(!canvas.cells.contains { $0.style == .warning && $0.text == " " })
        #expect(canvas.cells.filter { $0.style == .warning }.count > 40)
    }
}
