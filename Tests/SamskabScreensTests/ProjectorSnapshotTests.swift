import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// Every item kind drawn at three sizes, compared line by line with golden files in
/// Snapshots/. To accept a deliberate change: SAMSKAB_RECORD_SNAPSHOTS=1 swift test, then
/// read the diff of the golden files before committing them.
struct ProjectorSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    struct Scene: Sendable, CustomTestStringConvertible {
        var name: String
        var frame: @Sendable () -> ProjectorFrame
        var testDescription: String { name }
    }

    static func frame(_ state: SessionState, at minutes: Double, view: ((inout ProjectorView) -> Void)? = nil) -> ProjectorFrame {
        var projectorView = ProjectorView(language: .danish)
        view?(&projectorView)
        return ProjectorFrame(state: state, view: projectorView, now: ScreenFixture.at(minutes), utcOffsetSeconds: ScreenFixture.offset)
    }

    static let scenes: [Scene] = [
        Scene(name: "talk") {
            var script = ScreenFixture.Script()
            script.add(.timerStarted(item: 0), at: 0)
            return frame(script.state(), at: 3.5)
        },
        Scene(name: "break") {
            var script = ScreenFixture.Script()
            script.move(to: 4, at: 95)
            return frame(script.state(), at: 97)
        },
        Scene(name: "break-overrun") {
            var script = ScreenFixture.Script()
            script.move(to: 4, at: 95)
            return frame(script.state(), at: 95 + 10 + 2 + 13.0 / 60)
        },
        Scene(name: "discussion") {
            frame(ScreenFixture.discussionState(), at: 210) { $0.selectedNote = "n3" }
        },
        Scene(name: "discussion-names-hidden") {
            frame(ScreenFixture.discussionState(), at: 210) { $0.showAuthors = false }
        },
        Scene(name: "gallery") {
            var script = ScreenFixture.Script()
            script.move(to: 9, at: 245)
            script.add(.noteAdded(NoteDraft(text: "Vi deler mere end vi tror", author: "Åse Østergaard", department: "MKB",
                                            item: 9, question: 1)), at: 250, by: .participant)
            return frame(script.state(), at: 252)
        },
        Scene(name: "harvest") {
            var script = ScreenFixture.Script()
            script.move(to: 12, at: 335)
            script.add(.noteAdded(NoteDraft(text: "Borgerperspektivet fra Frederiksbjerg Spirer", author: "Lene Søgaard",
                                            department: "MSO", item: 12, question: 1)), at: 337, by: .participant)
            script.add(.noteAdded(NoteDraft(text: "Ledelse af samskabelse er ledelse på tværs", item: 12, question: 2)),
                       at: 338, by: .participant)
            return frame(script.state(), at: 340)
        },
        Scene(name: "help") {
            frame(ScreenFixture.discussionState(), at: 210) { $0.overlay = .help }
        },
        Scene(name: "scribe-input") {
            frame(ScreenFixture.discussionState(), at: 210) {
                $0.input = InputField(purpose: .scribeText, text: "Æblegrød 🍎 og en lang tekst som referenten skriver")
            }
        },
    ]

    @Test(arguments: scenes)
    func matchesTheGoldenFile(_ scene: Scene) throws {
        for (width, height) in Self.sizes {
            let canvas = ProjectorScreen.render(scene.frame(), width: width, height: height)
            try Snapshot.check(canvas.lines, named: "\(scene.name)-\(width)x\(height)")
            BoxIntegrity.check(canvas, cornersMatch: scene.frame().view.overlay == nil)
        }
    }

    @Test func aTooSmallTerminalSaysSo() {
        let canvas = ProjectorScreen.render(Self.scenes[0].frame(), width: 59, height: 19)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("Terminalen er for lille"))
        #expect(text.contains("kræver 60×20, har 59×19"))
        #expect(ProjectorScreen.render(Self.scenes[0].frame(), width: 60, height: 20).lines.joined().contains("Velkomst"))
    }

    @Test func theCountdownTellsWhenTheBreakEnds() {
        let lines = ProjectorScreen.render(Self.scenes[1].frame(), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(lines.contains("tilbage kl. 10:45"), "the brief's example: back at 10:45")
        let over = ProjectorScreen.render(Self.scenes[2].frame(), width: 80, height: 24)
        #expect(over.lines.joined().contains("over tid"))
        let overrunCells = over.cells.filter { $0.style == .warning && $0.text == "█" }.count
        #expect(overrunCells > 20, "the +02:13 digits are drawn in red (the warning style), solid")
        #expect(!over.cells.contains { $0.style == .warning && $0.text == " " }, "no letters cut out of a coloured block")
    }

    @Test func theNewestNoteAndKeyPointsAreMarkedByShapeNotOnlyColour() {
        let canvas = ProjectorScreen.render(Self.scenes[3].frame(), width: 200, height: 60)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("★ ny"))
        #expect(text.contains("◆ hovedpointe"))
        #expect(canvas.cells.contains { $0.style == .selected })
    }

    @Test func englishWorkshopsGetEnglishScreens() {
        var frame = Self.scenes[1].frame()
        frame.view.language = .english
        let text = ProjectorScreen.render(frame, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("back at 10:45"))
        #expect(text.contains("Item 5 of 14"))
    }

    @Test func asciiModeDrawsWithoutBoxCharacters() {
        var frame = Self.scenes[3].frame()
        frame.view.ascii = true
        let text = ProjectorScreen.render(frame, width: 120, height: 40).lines.joined(separator: "\n")
        #expect(!text.contains("┌") && !text.contains("█"))
        #expect(text.contains("+-"))
    }
}

/// Golden files of screens as text lines.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ lines: [String], named name: String) throws {
        let file = folder.appendingPathComponent(name + ".txt")
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["SAMSKAB_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(actualLines.count == expectedLines.count, "\(name): line count")
        for (index, (actual, wanted)) in zip(actualLines, expectedLines).enumerated() where actual != wanted {
            Issue.record("\(name) line \(index + 1):\n  expected: \(wanted)\n  actual:   \(actual)")
            return
        }
    }
}

/// Boxes never break: every row of a drawn frame has the same width in columns as the canvas.
enum BoxIntegrity {
    static func check(_ canvas: Canvas, cornersMatch: Bool) {
        for row in 0..<canvas.height {
            let columns = (0..<canvas.width).reduce(0) { sum, x in
                let cell = canvas[x, row]
                return sum + (cell.isContinuation ? 0 : max(1, DisplayWidth.of(cell.text)))
            }
            #expect(columns == canvas.width, "row \(row) takes \(columns) columns")
        }
        // Every top-left corner has a matching top-right corner on the same row (an overlay
        // covers parts of the boxes below it, so it is left out).
        for line in canvas.lines where cornersMatch {
            #expect(line.filter { $0 == "┌" }.count == line.filter { $0 == "┐" }.count, "\(line)")
        }
    }
}
