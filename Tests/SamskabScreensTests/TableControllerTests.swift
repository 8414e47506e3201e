import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The projector's keys for tables: `g` the plan, `G` reshuffle, `b` the board by table, `f` who is here.
struct TableControllerTests {
    static let size = (width: 120, height: 40)

    func handle(_ keys: [Key], _ view: inout ProjectorView, _ state: SessionState, size: (width: Int, height: Int) = size)
        -> [ProjectorEffect] {
        keys.flatMap { ProjectorController.handle($0, view: &view, state: state, size: size) }
    }

    func wall(_ state: SessionState, _ view: ProjectorView, width: Int = 120, height: Int = 40) -> String {
        ProjectorScreen.render(ProjectorFrame(state: state, view: view, now: ScreenFixture.at(12), utcOffsetSeconds: ScreenFixture.offset),
                               width: width, height: height).lines.joined(separator: "\n")
    }

    @Test func landingOnADiscussionWithTablesShowsItsPlanUntilAKey() {
        let before = TableFixture.state([])
        var view = ProjectorView(language: .danish)
        #expect(handle([.text("n")], &view, before) == [.submit(.movePhase(.next))])
        // The engine's answer: the move, carrying the plan it made as the item opened.
        let (actor, event) = try! Engine.decide(.movePhase(.next), by: .facilitator, in: before, random: 7)
        let record = EventRecord(sequence: 1, id: "e1", time: ScreenFixture.at(1), writer: "t", actor: actor, event: event)
        #expect(event.as(PhaseMoved.self)?.plan != nil, "the discussion opens with a plan")
        ProjectorController.receive(.saved(record), view: &view)
        var state = before
        try! state.apply(record)
        #expect(view.showPlan)
        #expect(wall(state, view).contains("BORDPLAN"))
        // Keys that do not need the board leave the plan up: the timer, help closed again.
        _ = handle([.text(" "), .text("?"), .escape], &view, state)
        #expect(wall(state, view).contains("BORDPLAN"))
        // Esc (or g) goes to the board; g brings the plan back.
        _ = handle([.escape], &view, state)
        #expect(!view.showPlan && !wall(state, view).contains("BORDPLAN"))
        #expect(handle([.text("g")], &view, state) == [], "the plan exists: g only shows it")
        #expect(wall(state, view).contains("BORDPLAN"))
        _ = handle([.text("g")], &view, state)
        #expect(!wall(state, view).contains("BORDPLAN"))
        // Arrows, s and the other note keys show the board first.
        _ = handle([.text("g"), .down], &view, state)
        #expect(!view.showPlan)
    }

    @Test func gOnAnItemWithoutAPlanAsksTheEngineForOne() {
        var script = ScreenFixture.Script()
        script.move(to: 2, at: 35)  // a mixed discussion of the seed, moved to before plans existed
        let state = script.state()
        #expect(state.tablePlans[2] == nil)
        var view = ProjectorView(language: .danish)
        let effects = handle([.text("g")], &view, state)
        #expect(effects == [.submit(.planTables(item: nil, reshuffle: false))])
        #expect(view.showPlan)
        guard case .append(.facilitator, let event) = Asked.resolve(effects, state: state).first,
              let planned = event.as(TablesPlanned.self) else {
            Issue.record("the engine makes the plan")
            return
        }
        #expect(planned.item == 2)
        // On a talk the engine says why there are no tables.
        var talk = ProjectorView(language: .danish)
        let refused = Asked.resolve(handle([.text("g")], &talk, ScreenFixture.Script().state()), state: ScreenFixture.Script().state())
        #expect(refused.count == 1)
        if case .refused(let message) = refused.first { #expect(message.contains("not a discussion")) } else {
            Issue.record("a talk has no tables: \(refused)")
        }
    }

    @Test func reshufflingAsksFirst() {
        let state = TableFixture.planned()
        var view = ProjectorView(language: .danish)
        #expect(handle([.text("G")], &view, state) == [])
        #expect(view.overlay == .confirmReshuffle)
        #expect(wall(state, view).contains("Bland bordene igen? Alle får en ny plads (j/n)"))
        #expect(handle([.text("n")], &view, state) == [], "anything but j keeps the plan")
        #expect(view.overlay == nil)
        let effects = handle([.text("G"), .text("j")], &view, state)
        #expect(effects == [.submit(.planTables(item: nil, reshuffle: true))])
        #expect(view.showPlan)
        guard case .append(_, let event) = Asked.resolve(effects, state: state).first, event.as(TablesPlanned.self) != nil else {
            Issue.record("the engine reshuffles")
            return
        }
        var english = ProjectorView(language: .english)
        #expect(handle([.text("G"), .text("y")], &english, state) == [.submit(.planTables(item: nil, reshuffle: true))])
    }

    @Test func bArrangesTheBoardByTableAndBack() {
        var state = TableFixture.planned()
        let plan = state.tablePlans[1]
        let table3 = plan?.table(number: 3)?.members.first ?? "?"
        state = TableFixture.apply(.addNote(NoteRequest(text: "Vi deler viden på tværs", author: .person(id: table3), question: 2)),
                                   by: .participant(id: table3), to: state)
        var view = ProjectorView(language: .danish)
        #expect(BoardLayout(state: state, view: view).columns.map(\.heading).first?.hasPrefix("1.") == true)
        #expect(wall(state, view).contains("efter spørgsmål (b)"))
        #expect(handle([.text("b")], &view, state) == [])
        #expect(view.arrangement(item: state.position) == .byTable)
        let headings = BoardLayout(state: state, view: view).columns.map(\.heading)
        #expect(headings == (1...7).map { "Bord \($0)" }, "every table in number order")
        let columns = BoardLayout(state: state, view: view).columns
        #expect(columns[2].notes.map(\.text) == ["Vi deler viden på tværs"], "the note stands under its author's table")
        let text = wall(state, view, width: 200, height: 60)
        #expect(text.contains("efter bord (b)") && text.contains("spm. 2"), "by table each post-it says its question")
        _ = handle([.text("b")], &view, state)
        #expect(view.arrangement(item: state.position) == .byQuestion)
        // At 80 columns seven tables would be too narrow: those without notes step aside.
        _ = handle([.text("b")], &view, state)
        let narrow = wall(state, view, width: 80, height: 24)
        #expect(narrow.contains("Bord 3") && !narrow.contains("Bord 5"))
    }

    @Test func anItemWithoutTablesStaysByQuestion() {
        let harvest = TableFixture.state([.movePhase(.item(4))])
        var view = ProjectorView(language: .danish)
        _ = handle([.text("b")], &view, harvest)
        #expect(view.arrangement(item: harvest.position) == .byTable, "the choice is the harvest's own")
        #expect(BoardLayout(state: harvest, view: view).columns.map(\.question) == [1], "a harvest is still by its prompts")
        #expect(!wall(harvest, view).contains("efter bord"))
    }

    @Test func fOpensWhoIsHereAndSpaceMarksAbsentOrPresent() {
        let state = TableFixture.planned()
        var view = ProjectorView(language: .danish)
        _ = handle([.text("f")], &view, state)
        #expect(view.attendance != nil)
        #expect(wall(state, view, width: 80, height: 24).contains("Fremmøde: 40 af 40 til stede"))
        // Danish order: Anders Lund, Anne Vest, …; the second one marked absent.
        let marked = handle([.down, .text(" ")], &view, state)
        let anne = TableFixture.id("Anne Vest", in: state)
        #expect(marked == [.submit(.markAbsent(participant: anne))])
        let after = TableFixture.apply(.markAbsent(participant: anne), to: state)
        #expect(after.tablePlans[1]?.table(of: anne) == nil, "the engine takes her out of the plan")
        let list = wall(after, view, width: 80, height: 24)
        #expect(list.contains("Fremmøde: 39 af 40 til stede"))
        #expect(list.contains("▶ [ ] Anne Vest"), "absent is shown by the box and the word, not colour: \(list)")
        #expect(handle([.text(" ")], &view, after) == [.submit(.markPresent(participant: anne))])
        // Typing searches; Esc clears the search, then closes.
        _ = handle([.text("k"), .text("i"), .text("r")], &view, after)
        #expect(view.attendance?.people(after).map(\.name) == ["Kirsten Ødum"])
        #expect(handle([.text(" ")], &view, after) == [.submit(.markAbsent(participant: TableFixture.id("Kirsten Ødum", in: after)))])
        _ = handle([.escape], &view, after)
        #expect(view.attendance?.filter.text == "")
        _ = handle([.escape], &view, after)
        #expect(view.attendance == nil)
    }

    @Test func whoIsHereScrollsThroughAHundredAndTwentyPeople() {
        var state = SessionState(workshop: TableFixture.workshop)
        for index in 0..<80 {
            state = TableFixture.apply(.addParticipant(name: "Zeta Person \(100 + index)", department: "MSO"), to: state)
        }
        var view = ProjectorView(language: .danish)
        _ = handle([.text("f"), .end], &view, state, size: (80, 24))
        let people = view.attendance?.people(state) ?? []
        #expect(people.count == 120)
        var text = wall(state, view, width: 80, height: 24)
        #expect(text.contains("▶ [✓] Åse Østergaard"), "the last in Danish order is in view")
        #expect(text.contains(" 103–120 af 120 "))
        _ = handle([.home, .pageDown], &view, state, size: (80, 24))
        text = wall(state, view, width: 80, height: 24)
        let selected = people[AttendanceList.visibleRows(height: 24)].name
        #expect(text.contains("▶ [✓] " + selected))
        let canvas = ProjectorScreen.render(ProjectorFrame(state: state, view: view, now: ScreenFixture.at(1), utcOffsetSeconds: 0),
                                            width: 80, height: 24)
        BoxIntegrity.check(canvas, cornersMatch: true)
    }

    @Test func theNewKeysAreInTheHelpAndCollideWithNone() {
        for language in [Language.danish, .english] {
            let keys = Strings(language).helpLines.map(\.0)
            // "/" is a key of its own ("/  /  b"), so keys are split on the spaced slash.
            let single = keys.flatMap { $0.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) } }
            #expect(["g", "G", "b", "f", "c", "C", "o", "M", "v", "V", "A"].allSatisfy(single.contains), "\(single)")
            #expect(Set(single).count == single.count, "no key twice: \(single)")
        }
        // The whole table fits the smallest wall.
        let state = TableFixture.planned()
        var view = ProjectorView(language: .danish)
        view.overlay = .help
        let text = wall(state, view, width: 80, height: 24)
        #expect(text.contains("afslut (med bekræftelse)") && text.contains("fremmøde"))
    }

    @Test func theArrangementIsAViewChoiceOnly() {
        let state = TableFixture.planned()
        var view = ProjectorView(language: .danish)
        #expect(handle([.text("b"), .text("b"), .text("f"), .escape], &view, state) == [], "nothing is written for a view choice")
    }
}
