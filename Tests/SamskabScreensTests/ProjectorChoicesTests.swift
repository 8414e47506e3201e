import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The choices saved in projector.json, as the view takes them back after a crash.
struct ProjectorChoicesTests {
    @Test func theViewsChoicesComeBackIntoAFreshView() {
        let state = ScreenFixture.discussionState()
        var view = ProjectorView(language: .danish)
        view.showAuthors = false
        view.tableItems = [8, 3]
        view.selectedNote = "n3"
        view.showNextSteps = true
        let saved = ProjectorChoiceSet(view)
        #expect(saved == ProjectorChoiceSet(showAuthors: false, tableItems: [3, 8], selectedNote: "n3", shown: .nextSteps))
        var fresh = ProjectorView(language: .danish)
        saved.apply(to: &fresh, state: state)
        #expect(ProjectorChoiceSet(fresh) == saved)
        #expect(!fresh.showAuthors && fresh.showNextSteps && fresh.selectedNote == "n3")
    }

    @Test func eachViewIsOneOfBoardPlanAndNextSteps() {
        var view = ProjectorView(language: .danish)
        #expect(ProjectorChoiceSet(view).shown == .board)
        view.showPlan = true
        #expect(ProjectorChoiceSet(view).shown == .plan)
        view.showNextSteps = true
        #expect(ProjectorChoiceSet(view).shown == .nextSteps)
        for shown in [ProjectorChoiceSet.Shown.board, .plan, .nextSteps] {
            var fresh = ProjectorView(language: .danish)
            ProjectorChoiceSet(showAuthors: true, tableItems: [], selectedNote: nil, shown: shown).apply(to: &fresh, state: ScreenFixture.discussionState())
            #expect(ProjectorChoiceSet(fresh).shown == shown)
            #expect(ProjectorChoiceSet.Shown(rawValue: shown.rawValue) == shown)
        }
    }

    @Test func aNoteThatIsGoneIsSimplyNotSelected() {
        let state = ScreenFixture.discussionState()
        for id in ["n999", "e1"] {
            var view = ProjectorView(language: .danish)
            ProjectorChoiceSet(showAuthors: true, tableItems: [], selectedNote: id, shown: .board).apply(to: &view, state: state)
            #expect(view.selectedNote == nil)
        }
        // A note of another item is not on the board: not selected either.
        var script = ScreenFixture.Script()
        script.move(to: 8, at: 200)
        script.add(.noteAdded(NoteDraft(text: "Her", item: 8, question: 1)), at: 201, by: .participant)
        script.move(to: 9, at: 202)
        let id = script.state().notes.keys.first!
        var view = ProjectorView(language: .danish)
        ProjectorChoiceSet(showAuthors: true, tableItems: [], selectedNote: id, shown: .board).apply(to: &view, state: script.state())
        #expect(view.selectedNote == nil)
    }

    @Test func savedNamesShownNeverTurnHiddenNamesBackOn() {
        var view = ProjectorView(language: .danish)
        view.showAuthors = false
        ProjectorChoiceSet(showAuthors: true, tableItems: [], selectedNote: nil, shown: .board).apply(to: &view, state: ScreenFixture.discussionState())
        #expect(!view.showAuthors)
    }
}

/// The launcher shows the day each session was started, so a rehearsal is not taken for the day.
struct LauncherSessionDateTests {
    static let entries = [
        LauncherEntry(kind: .session, path: "Sessions/ledelse-af-samskabelse-2019-08-30", title: "Fælles om ledelse: Ledelse af samskabelse",
                      detail: "3/14: Pause · 0 notes", started: CalendarDate(iso: "2019-08-28"), workshopDate: CalendarDate(iso: "2019-08-30")),
        LauncherEntry(kind: .session, path: "Sessions/ledelse-af-samskabelse-2019-08-30-2", title: "Fælles om ledelse: Ledelse af samskabelse",
                      detail: "1/14: Velkomst · 0 notes", started: CalendarDate(iso: "2019-08-30"), workshopDate: CalendarDate(iso: "2019-08-30")),
        LauncherEntry(kind: .workshop, path: "Workshops/ledelse-af-samskabelse-2019-08-30.yaml",
                      title: "Fælles om ledelse: Ledelse af samskabelse", detail: "ok: 14 items"),
    ]

    @Test func eachSessionSaysWhenItWasStarted() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let canvas = LauncherScreen.render(Self.entries, selected: 0, language: .danish, ascii: false, width: width, height: height)
            try Snapshot.check(canvas.lines, named: "launcher-session-dates-\(width)x\(height)")
        }
        let text = LauncherScreen.render(Self.entries, selected: 0, language: .danish, ascii: false, width: 160, height: 24)
            .lines.joined(separator: "\n")
        #expect(text.contains("samskabelse") && text.contains("startet 2019-08-28 (prøve?)"))
        #expect(text.contains("startet 2019-08-30\n"), "the day's own session is no rehearsal")
        #expect(text.contains("Sessions/ledelse-af-samskabelse-2019-08-30 · 3/14"))
        let english = LauncherScreen.render(Self.entries, selected: 0, language: .english, ascii: false, width: 160, height: 24)
            .lines.joined(separator: "\n")
        #expect(english.contains("started 2019-08-28 (rehearsal?)"))
    }
}
