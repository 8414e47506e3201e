import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// `N`: the day's next steps on the wall — the definition's, then those recorded with `t`.
struct NextStepsScreenTests {
    /// The gruppedrøftelse with two next steps recorded on the day (one without owner or date).
    static func state() -> SessionState {
        var script = ScreenFixture.Script()
        script.move(to: 8, at: 200)
        script.add(Event(ActionAdded(text: "Møde med Anne Vest om samskabelse i Gellerup 🍎", owner: "MBU",
                                     due: CalendarDate(iso: "2019-10-01"))), at: 205)
        script.add(Event(ActionAdded(text: "Del dagens opsamling med alle chefer", owner: nil, due: nil)), at: 206)
        return script.state()
    }

    static func frame(_ state: SessionState, language: Language = .danish) -> ProjectorFrame {
        var view = ProjectorView(language: language)
        view.showNextSteps = true
        return ProjectorFrame(state: state, view: view, now: ScreenFixture.at(210), utcOffsetSeconds: ScreenFixture.offset)
    }

    @Test func theWallShowsEveryStepLargeAt80x24And200x60() throws {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let canvas = ProjectorScreen.render(Self.frame(Self.state()), width: width, height: height)
            try Snapshot.check(canvas.lines, named: "next-steps-\(width)x\(height)")
            BoxIntegrity.check(canvas, cornersMatch: true)
        }
    }

    @Test func inEnglish() throws {
        let canvas = ProjectorScreen.render(Self.frame(Self.state(), language: .english), width: 120, height: 40)
        try Snapshot.check(canvas.lines, named: "next-steps-english-120x40")
    }

    @Test func theDefinitionsStepsComeFirstThenTheRecordedOnes() {
        let steps = NextStepsScreen.steps(Self.state())
        #expect(steps.count == ScreenFixture.workshop.nextSteps.count + 2)
        #expect(steps.first?.text == ScreenFixture.workshop.nextSteps.first?.text)
        #expect(steps.last?.text == "Del dagens opsamling med alle chefer")
        let big = ProjectorScreen.render(Self.frame(Self.state()), width: 200, height: 60).lines.joined(separator: "\n")
        #expect(big.contains("Hvem: MBU  ·  Senest: 1. oktober 2019"))
        #expect(big.contains("Del dagens opsamling med alle chefer"))
    }

    @Test func everyStepIsReachableByPagingAt80x24() {
        let state = Self.state()
        var view = Self.frame(state).view
        let size = (width: 80, height: 24)
        let pages = ProjectorScreen.pageCount(state: state, view: view, size: size)
        var seen = ""
        for _ in 0..<pages {
            seen += ProjectorScreen.render(ProjectorFrame(state: state, view: view, now: ScreenFixture.at(210),
                                                          utcOffsetSeconds: ScreenFixture.offset),
                                           width: 80, height: 24).lines.joined(separator: "\n")
            _ = ProjectorController.handle(.pageDown, view: &view, state: state, size: size)
        }
        for step in NextStepsScreen.steps(state) {
            #expect(seen.contains(String(step.text.prefix(20))), "\(step.text)")
        }
    }

    @Test func nOpensAndNOrEscCloses() {
        let state = Self.state()
        let size = (width: 120, height: 40)
        var view = ProjectorView(language: .danish)
        #expect(ProjectorController.handle(.text("N"), view: &view, state: state, size: size).isEmpty)
        #expect(view.showNextSteps)
        _ = ProjectorController.handle(.text("N"), view: &view, state: state, size: size)
        #expect(!view.showNextSteps)
        _ = ProjectorController.handle(.text("N"), view: &view, state: state, size: size)
        _ = ProjectorController.handle(.escape, view: &view, state: state, size: size)
        #expect(!view.showNextSteps)
        // `t` records one more with the steps still on the wall; the arrows go back to the board.
        _ = ProjectorController.handle(.text("N"), view: &view, state: state, size: size)
        _ = ProjectorController.handle(.text("t"), view: &view, state: state, size: size)
        #expect(view.showNextSteps && view.input?.purpose == .actionText)
        view.input = nil
        _ = ProjectorController.handle(.down, view: &view, state: state, size: size)
        #expect(!view.showNextSteps)
    }

    @Test func noStepsSaysHowToRecordOne() {
        var script = ScreenFixture.Script()
        script.move(to: 8, at: 200)
        var workshop = ScreenFixture.workshop
        workshop.nextSteps = []
        let state = try! SessionState.fold(workshop, script.records)
        let text = ProjectorScreen.render(Self.frame(state), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Ingen næste skridt endnu — t skriver et"))
    }

    @Test func theHelpNamesTheKey() {
        #expect(Strings(.danish).helpLines.contains { $0.0.contains("N") && $0.1.contains("næste skridt på væggen") })
        #expect(Strings(.english).helpLines.contains { $0.0.contains("N") && $0.1.contains("next steps on the wall") })
    }
}
