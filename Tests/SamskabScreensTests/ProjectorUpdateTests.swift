import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The projector's one update function: messages in, the mode stack and effects out.
struct ProjectorUpdateTests {
    static let size = (width: 120, height: 40)

    func send(_ keys: [Key], _ view: inout ProjectorView, _ state: SessionState) -> [ProjectorEffect] {
        keys.flatMap { ProjectorController.update(.key($0, size: Self.size, now: ScreenFixture.at(12)), view: &view, state: state) }
    }

    @Test func modesStackOverTheItemsScreenAndCloseBackToIt() {
        let state = TableFixture.planned()
        var view = ProjectorView(language: .danish)
        view.showPlan = true
        #expect(view.modes == [.plan])
        // Help over the plan; any key closes it, and the plan is there again.
        _ = send([.text("?")], &view, state)
        #expect(view.modes == [.plan, .help])
        _ = send([.text("x")], &view, state)
        #expect(view.modes == [.plan], "a key that closes help does nothing else")
        // The next steps over the plan: Esc shows the plan again; `g` there too.
        _ = send([.text("N")], &view, state)
        #expect(view.mode == .nextSteps && view.base == .plan)
        _ = send([.escape], &view, state)
        #expect(view.modes == [.plan])
        _ = send([.text("N"), .text("g")], &view, state)
        #expect(view.modes == [.plan], "g over the next steps goes back to the plan under them")
        // The closing view replaces the next steps (one view over the item at a time).
        _ = send([.text("N"), .text("A")], &view, state)
        #expect(view.modes == [.plan, .closing])
        // A prompt over a view keeps it; Esc closes only the prompt.
        _ = send([.text("t")], &view, state)
        #expect(view.modes.count == 3 && view.input?.purpose == .actionText && view.showClosing)
        _ = send([.escape], &view, state)
        #expect(view.modes == [.plan, .closing])
        // The people list over everything; Esc closes it and the closing view is back.
        _ = send([.text("f")], &view, state)
        #expect(view.attendance != nil && !ClosingScreen.isShown(view))
        _ = send([.escape], &view, state)
        #expect(view.modes == [.plan, .closing] && ClosingScreen.isShown(view))
        // A key on the notes closes the view over the board and the plan, then selects.
        _ = send([.down], &view, state)
        #expect(view.modes == [.board])
    }

    /// j or y is yes on either wall, as the key table says; any other key is no.
    @Test func aQuestionIsAnsweredJOrYInEitherLanguage() {
        let state = ScreenFixture.discussionState()
        var danish = ProjectorView(language: .danish)
        #expect(send([.text("q"), .text("n")], &danish, state) == [])
        #expect(danish.modes == [.board])
        #expect(send([.text("q"), .text("x")], &danish, state) == [])
        #expect(send([.text("q"), .text("J")], &danish, state) == [.quit])
        #expect(send([.text("q"), .text("y")], &danish, state) == [.quit])
        var english = ProjectorView(language: .english)
        #expect(send([.text("q"), .escape], &english, state) == [])
        #expect(send([.text("q"), .text("j")], &english, state) == [.quit])
        #expect(send([.text("q"), .text("Y")], &english, state) == [.quit])
    }

    @Test func theJournalMovingTheProgramIsALanding() {
        var script = ScreenFixture.Script()
        script.move(to: 2, at: 1)
        let here = script.state()
        var view = ProjectorView(language: .danish)
        view.selectedNote = "n1"
        // The first reading only says where the wall opened.
        #expect(ProjectorController.update(.journal, view: &view, state: here).isEmpty)
        #expect(view.item == 2 && view.selectedNote == "n1")
        #expect(ProjectorController.update(.journal, view: &view, state: here).isEmpty)
        // Moved by another terminal: the view starts afresh there.
        script.move(to: 3, at: 2)
        _ = ProjectorController.update(.journal, view: &view, state: script.state())
        #expect(view.item == 3 && view.selectedNote == nil && view.showPlan)
        // Landing on a walk: the engine planned its pairs in the move itself, so the wall asks for nothing.
        let walk = TableFixture.state([.movePhase(.item(WalkFixture.discussion))], from: SessionState(workshop: ScreenFixture.workshop))
        var atWalk = ProjectorView(language: .danish)
        _ = ProjectorController.update(.journal, view: &atWalk, state: walk)
        let arrived = TableFixture.apply(.movePhase(.item(WalkFixture.gallery)), to: walk)
        #expect(arrived.pairPlans[WalkFixture.gallery] != nil)
        #expect(ProjectorController.update(.journal, view: &atWalk, state: arrived).isEmpty)
    }

    @Test func outcomesAndTheLoopsReportsAreSaidOnTheWall() {
        let state = ScreenFixture.discussionState()
        var view = ProjectorView(language: .english)
        _ = ProjectorController.update(.outcome(.refused("no"), undid: nil), view: &view, state: state)
        #expect(view.message == "no")
        _ = ProjectorController.update(.exported(folder: "/tmp/x/export"), view: &view, state: state)
        #expect(view.message == "The summary is in /tmp/x/export/")
        _ = ProjectorController.update(.failed("disk full"), view: &view, state: state)
        #expect(view.message == "disk full")
        // Ctrl-L and a resize draw afresh in any mode; the export asks the loop.
        _ = send([.text("?")], &view, state)
        #expect(send([.control("l")], &view, state) == [.redraw] && view.mode == .help)
        #expect(send([.resize], &view, state) == [.redraw])
        _ = send([.escape], &view, state)
        #expect(send([.text("x")], &view, state) == [.export])
    }

    @Test func theTickRingsOnceWhenTheCountdownReachesZero() {
        var script = ScreenFixture.Script()
        script.add(.timerStarted(item: 0), at: 0)
        let state = script.state()
        let minutes = Double(state.currentItem.minutes)
        var view = ProjectorView(language: .danish)
        #expect(ProjectorController.update(.tick(now: ScreenFixture.at(minutes - 0.01)), view: &view, state: state) == [])
        #expect(ProjectorController.update(.tick(now: ScreenFixture.at(minutes + 0.01)), view: &view, state: state) == [.bell])
        #expect(ProjectorController.update(.tick(now: ScreenFixture.at(minutes + 0.05)), view: &view, state: state) == [], "once")
    }

    @Test func everyKeyIsBoundOnceInItsTableAndEveryHintIsInTheHelp() {
        for (name, _, table) in ProjectorKeys.all {
            let keys = table.rows.flatMap { $0.bindings.map(\.key) }
            for (index, key) in keys.enumerated() {
                #expect(!keys[..<index].contains(key), "\(name): \(key) is bound twice")
            }
            for row in table.rows where row.hint != nil {
                #expect(row.label != nil, "\(name): a footer hint whose row the help does not list")
            }
        }
        // The help screen is the board's table; the footer is drawn from the same rows.
        #expect(Strings(.english).helpLines.map(\.0) == ProjectorKeys.board.rows.compactMap { $0.label?.english })
        #expect(Strings(.danish).footerHints.count == ProjectorKeys.board.rows.filter { $0.hint != nil }.count)
    }
}
