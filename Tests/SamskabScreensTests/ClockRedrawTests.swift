import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// Where only the seconds change, the projector draws the countdowns alone onto the last frame
/// (`ProjectorScreen.redrawClocks`): that must give exactly the frame drawn whole, on every
/// screen that shows a countdown, or decline.
struct ClockRedrawTests {
    struct Scene: Sendable, CustomTestStringConvertible {
        let name: String
        let state: @Sendable () -> SessionState
        let view: @Sendable (inout ProjectorView) -> Void
        let start: Timestamp
        var testDescription: String { name }
    }

    static let scenes: [Scene] = [
        Scene(name: "talk", state: {
            var script = ScreenFixture.Script()
            script.add(.timerStarted(item: 0), at: 0)
            return script.state()
        }, view: { _ in }, start: ScreenFixture.at(3)),
        Scene(name: "board", state: { TableFixture.planned() }, view: { $0.showPlan = false }, start: ScreenFixture.at(5)),
        Scene(name: "plan", state: { TableFixture.planned() }, view: { $0.showPlan = true }, start: ScreenFixture.at(5)),
        Scene(name: "walk", state: { WalkFixture.walking() }, view: { $0.showPlan = true }, start: WalkFixture.at(4.5)),
        Scene(name: "next steps", state: { TableFixture.planned() }, view: { $0.showNextSteps = true }, start: ScreenFixture.at(5)),
        Scene(name: "prompt", state: { TableFixture.planned() },
              view: { $0.showPlan = false; $0.input = InputField(purpose: .search, text: "tillid") }, start: ScreenFixture.at(5)),
    ]

    @Test(arguments: scenes)
    func redrawingTheCountdownsGivesTheWholeFrame(_ scene: Scene) {
        let state = scene.state()
        var view = ProjectorView(language: .danish)
        scene.view(&view)
        for (width, height) in [(80, 24), (160, 45)] {
            var previous = ProjectorFrame(state: state, view: view, now: scene.start, utcOffsetSeconds: ScreenFixture.offset)
            var canvas = ProjectorScreen.render(previous, width: width, height: height)
            var patched = 0
            // Seconds and their fractions, across a minute and a walk's shift.
            for step in 1...24 {
                let now = scene.start.adding(seconds: Double(step) * (step % 2 == 0 ? 0.4 : 4.7))
                let frame = ProjectorFrame(state: state, view: view, now: now, utcOffsetSeconds: ScreenFixture.offset)
                let whole = ProjectorScreen.render(frame, width: width, height: height)
                if ProjectorScreen.moment(previous).differsOnlyInSeconds(from: ProjectorScreen.moment(frame)),
                   let redrawn = ProjectorScreen.redrawClocks(canvas, previous: previous, frame: frame) {
                    let same = redrawn.canvas == whole
                    let firstDifference = (0..<height).first { row in
                        (0..<width).contains { redrawn.canvas[$0, row] != whole[$0, row] }
                    }
                    #expect(same, "\(scene.name) \(width)×\(height) at +\(step): row \(firstDifference ?? -1) differs from the whole frame")
                    for row in 0..<height {
                        for column in 0..<width where redrawn.canvas[column, row] != canvas[column, row] {
                            let said = redrawn.areas.contains {
                                (($0.x)..<($0.x + $0.width)).contains(column) && (($0.y)..<($0.y + $0.height)).contains(row)
                            }
                            if !said { Issue.record("\(scene.name) \(width)×\(height): (\(column), \(row)) changed but was not said") }
                        }
                    }
                    if !same { return }
                    patched += 1
                    canvas = redrawn.canvas
                } else {
                    canvas = whole
                }
                previous = frame
            }
            #expect(patched > 0, "\(scene.name) \(width)×\(height): the seconds alone were never drawn by themselves")
        }
    }

    @Test func overAListOrAQuestionTheWallIsDrawnWhole() {
        let state = TableFixture.planned()
        var view = ProjectorView(language: .danish)
        view.overlay = .help
        let before = ProjectorFrame(state: state, view: view, now: ScreenFixture.at(5), utcOffsetSeconds: ScreenFixture.offset)
        let after = ProjectorFrame(state: state, view: view, now: ScreenFixture.at(5.02), utcOffsetSeconds: ScreenFixture.offset)
        #expect(ProjectorScreen.redrawClocks(ProjectorScreen.render(before, width: 120, height: 40), previous: before, frame: after) == nil)
    }
}
