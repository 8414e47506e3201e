import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// What a key comes to once the engine has answered: the event it would write, or its refusal.
enum Asked: Equatable {
    case append(Actor, Event)
    case refused(String)
    case quit, redraw, export, leave, lockOut, bell

    static func decide(_ command: Command, by requester: Requester, state: SessionState) -> Asked {
        do {
            let (actor, event) = try Engine.decide(command, by: requester, in: state)
            return .append(actor, event)
        } catch {
            return .refused(error.message)
        }
    }

    /// Resolves a kiosk's effects through the engine, as the participant at the kiosk.
    static func resolve(_ effects: [KioskEffect], view: KioskView, state: SessionState) -> [Asked] {
        effects.map { effect in
            switch effect {
            case .leave: return .leave
            case .lockOut: return .lockOut
            case .submit(let command): return decide(command, by: .participant(id: view.identity?.participant, sitting: view.sitting), state: state)
            }
        }
    }

    /// Resolves the projector's effects through the engine against `state` (as the journal would).
    static func resolve(_ effects: [ProjectorEffect], state: SessionState) -> [Asked] {
        effects.map { effect in
            switch effect {
            case .quit: return .quit
            case .redraw: return .redraw
            case .bell: return .bell
            case .export: return .export
            case .submit(let command): return decide(command, by: .facilitator, state: state)
            }
        }
    }
}

/// The facilitator's keys, as events (through the engine) and view changes.
struct ControllerTests {
    static let size = (width: 120, height: 40)

    func press(_ keys: [Key], state: SessionState, view: inout ProjectorView) -> [Asked] {
        Asked.resolve(keys.flatMap { ProjectorController.handle($0, view: &view, state: state, size: Self.size) }, state: state)
    }

    @Test func programAndTimerKeys() {
        var script = ScreenFixture.Script()
        script.add(.timerStarted(item: 0), at: 0)
        let state = script.state()
        var view = ProjectorView(language: .danish)
        #expect(press([.text("n")], state: state, view: &view) == [.append(.facilitator, .phaseMoved(item: 1))])
        #expect(press([.text("p")], state: state, view: &view) == [.refused("the program is already at its first item")],
                "nothing before the first item: the engine says so")
        #expect(press([.text(" ")], state: state, view: &view) == [.append(.facilitator, .timerPaused(item: 0))])
        #expect(press([.text("1"), .text("5"), .text("-")], state: state, view: &view) == [
            .append(.facilitator, .timerExtended(item: 0, minutes: 1)),
            .append(.facilitator, .timerExtended(item: 0, minutes: 5)),
            .append(.facilitator, .timerExtended(item: 0, minutes: -1)),
        ])
        #expect(press([.text("u")], state: state, view: &view) == [.append(.facilitator, .undone(target: "e1"))])
    }

    @Test func quittingAsksFirst() {
        let state = ScreenFixture.Script().state()
        var view = ProjectorView(language: .danish)
        #expect(press([.text("q")], state: state, view: &view) == [])
        #expect(view.overlay == .confirmQuit)
        #expect(press([.text("n")], state: state, view: &view) == [], "anything but j keeps going")
        #expect(view.overlay == nil)
        #expect(press([.text("q"), .text("j")], state: state, view: &view) == [.quit])
        var english = ProjectorView(language: .english)
        #expect(press([.text("q"), .text("y")], state: state, view: &english) == [.quit])
    }

    @Test func aScribeNoteAsksForTextThenAuthor() {
        let state = ScreenFixture.discussionState()
        var view = ProjectorView(language: .danish)
        #expect(press([.text("s"), .text("Æ"), .text("ble"), .backspace, .text("e 🍎"), .enter], state: state, view: &view) == [])
        #expect(view.input?.purpose == .scribeAuthor(text: "Æble 🍎"))
        // A text the engine would refuse is said at once, before the author is asked for.
        var empty = ProjectorView(language: .danish)
        #expect(press([.text("s"), .text(" "), .enter], state: state, view: &empty) == [])
        #expect(empty.input == nil && empty.message == "Noten er tom; skriv noget tekst")
        let effects = press([.text("Åse Østergaard"), .enter], state: state, view: &view)
        // The engine finds Åse on the roster: the note is hers, by id, with her department.
        let åse = state.participants(named: "Åse Østergaard")[0]
        #expect(effects == [.append(.facilitator, .noteAdded(NoteDraft(text: "Æble 🍎", authorID: åse.id,
                                                                        department: "MKB", item: 8, question: nil)))])
        // Anonymous: an empty author; with a note selected it goes to that note's question.
        view.selectedNote = "n4"
        let anonymous = press([.text("s"), .text("Anonym"), .enter, .enter], state: state, view: &view)
        #expect(anonymous == [.append(.facilitator, .noteAdded(NoteDraft(text: "Anonym", item: 8, question: 2)))])
    }

    @Test func selectEditWithdrawAndMarkKeyPoints() {
        let state = ScreenFixture.discussionState()
        var view = ProjectorView(language: .danish)
        #expect(press([.text("e")], state: state, view: &view) == [])
        #expect(view.message == "Vælg en note med piletasterne først")
        _ = press([.down], state: state, view: &view)
        #expect(view.selectedNote == "n7", "the first arrow selects the newest note")
        _ = press([.left, .left, .up], state: state, view: &view)
        #expect(view.selectedNote == "n4")
        #expect(press([.text("k")], state: state, view: &view) == [.append(.facilitator, .keyPointMarked(note: "n4", text: nil))])
        // The text goes as typed; the engine refuses it, in its words.
        #expect(press([.text("e"), .end, .text(" (rettet)"), .enter], state: state, view: &view)
                == [.refused("the note is 509 characters long; the limit is 500 — shorten it by 9")])
        let edit = press([.text("e"), .end, .backspace, .backspace, .backspace, .backspace, .text("!"), .enter],
                         state: state, view: &view)
        #expect(edit == [.append(.facilitator, .noteEdited(note: "n4", text: String(ScreenFixture.longNote.dropLast(4)) + "!"))])
        #expect(press([.text("d")], state: state, view: &view) == [])
        #expect(view.overlay == .confirmWithdraw(note: "n4"))
        #expect(press([.text("j")], state: state, view: &view) == [.append(.facilitator, .noteWithdrawn(note: "n4"))])
    }

    @Test func searchAndNamesAreViewSettings() {
        let state = ScreenFixture.discussionState()
        var view = ProjectorView(language: .danish)
        _ = press([.text("/"), .text("tillid"), .enter, .text("a")], state: state, view: &view)
        #expect(view.search == "tillid")
        #expect(!view.showAuthors)
        #expect(BoardLayout(state: state, view: view).columns.flatMap(\.notes).map(\.id) == ["n4", "n5"])
        _ = press([.escape], state: state, view: &view)
        #expect(view.search == nil)
    }

    @Test func pagingByHandHoldsThePageAndHLetsThemTurnAgain() {
        var script = ScreenFixture.Script()
        script.move(to: 2, at: 35)
        for index in 0..<120 {
            script.add(.noteAdded(NoteDraft(text: "note \(index) om grænsekrydsende samarbejde", item: 2)), at: 36, by: .participant)
        }
        let state = script.state()
        var view = ProjectorView(language: .danish)
        let pages = ProjectorScreen.pageCount(state: state, view: view, size: Self.size)
        #expect(pages > 2)
        let now = ScreenFixture.at(40)
        let shown = Board.turningPage(now, pages: pages, seconds: 10)
        _ = ProjectorController.handle(.pageUp, view: &view, state: state, size: Self.size, now: now)
        #expect(view.page == max(0, shown - 1), "PgUp goes back from the page the wall shows")
        _ = ProjectorController.handle(.text("h"), view: &view, state: state, size: Self.size, now: now)
        #expect(view.page == nil, "h lets the pages turn again")
        _ = ProjectorController.handle(.text("h"), view: &view, state: state, size: Self.size, now: now)
        #expect(view.page == shown, "h holds the page shown")
    }

    @Test func keyPointWordingMergesAndNextStepsFromTheProjector() {
        let state = ScreenFixture.discussionState()
        var view = ProjectorView(language: .danish)
        view.selectedNote = "n5"
        let wording = press([.text("K"), .end, .text(" — altid"), .enter], state: state, view: &view)
        #expect(wording == [.append(.facilitator, .keyPointMarked(note: "n5", text: "Tillid frem for kontrol — altid", merged: []))])
        view.selectedNote = "n3"
        #expect(press([.text("m")], state: state, view: &view) == [])
        #expect(view.selectedNote == "n5", "the target is chosen on the wall, the newest key point first")
        #expect(view.message == "Flet: vælg hovedpointen med piletasterne og tryk Enter (Esc fortryder)")
        let merge = press([.enter], state: state, view: &view)
        #expect(merge == [.append(.facilitator, .keyPointMarked(note: "n5", text: nil, merged: ["n3"]))],
                "merged into the newest key point unless another id is typed")
        let step = press([.text("t"), .text("Møde med Anne Vest"), .enter, .text("MBU"), .enter, .text("1. oktober"), .enter],
                         state: state, view: &view)
        #expect(step == [])
        #expect(view.message == "Skriv datoen som 21.11.2019, 21/11 eller 2019-11-21")
        // The prompt says what it understands as it is typed, and that it is none at once.
        _ = press([.home, .control("a")] + Array(repeating: Key.delete, count: 12) + [.text("1/1")], state: state, view: &view)
        let canvas = ProjectorScreen.render(ProjectorFrame(state: state, view: view, now: ScreenFixture.at(30),
                                                           utcOffsetSeconds: ScreenFixture.offset), width: 120, height: 40)
        #expect(canvas.lines[38].contains("1/1   = onsdag 1. januar 2020"), "after the day (30 August 2019): next year")
        _ = press([.text("3")], state: state, view: &view)
        let wrong = ProjectorScreen.render(ProjectorFrame(state: state, view: view, now: ScreenFixture.at(30),
                                                          utcOffsetSeconds: ScreenFixture.offset), width: 120, height: 40)
        #expect(wrong.lines[38].contains("1/13   ✗ ikke en dato endnu"))
        let fixed = press([.backspace, .backspace, .text("10"), .enter], state: state, view: &view)
        #expect(fixed == [.append(.facilitator, .actionAdded(text: "Møde med Anne Vest", owner: "MBU",
                                                              due: CalendarDate(year: 2019, month: 10, day: 1)))])
    }
}

struct BellTests {
    @Test func ringsOnceWhenTheCountdownPassesZero() {
        var script = ScreenFixture.Script()
        script.move(to: 4, at: 95) // the 10-minute break
        let state = script.state()
        var bell = BellOnZero()
        func frame(_ minutes: Double) -> ProjectorFrame {
            ProjectorFrame(state: state, view: ProjectorView(language: .danish), now: ScreenFixture.at(minutes), utcOffsetSeconds: 0)
        }
        let rings = [104, 104.99, 105.02, 105.5, 106].map { bell.shouldRing(frame($0)) }
        #expect(rings == [false, false, true, false, false], "one bell at zero, not again while it runs over")
    }
}

/// What the wall says after the engine has answered.
struct ProjectorOutcomeTests {
    @Test func undoAndRedoSayWhatTheyUndid() {
        var view = ProjectorView(language: .danish)
        let moved = EventRecord(sequence: 4, id: "m4", time: ScreenFixture.at(1), writer: "t", actor: .facilitator,
                                event: .phaseMoved(item: 2))
        let undo = EventRecord(sequence: 5, id: "u5", time: ScreenFixture.at(2), writer: "t", actor: .facilitator,
                               event: .undone(target: "m4"))
        ProjectorController.receive(.saved(undo), view: &view, target: moved)
        #expect(view.message == "Fortrudt: gå til punkt 3")
        var english = ProjectorView(language: .english)
        let redo = EventRecord(sequence: 6, id: "r6", time: ScreenFixture.at(3), writer: "t", actor: .facilitator,
                               event: .redone(target: "m4"))
        ProjectorController.receive(.saved(redo), view: &english, target: moved)
        #expect(english.message == "Redone: move to item 3")
        ProjectorController.receive(.refused("programmet er allerede ved sidste punkt (14)"), view: &view)
        #expect(view.message == "programmet er allerede ved sidste punkt (14)", "n on the last item says so")
    }
}

/// Questions first: an empty board gives the questions the room, in full.
struct QuestionsFirstTests {
    @Test func anEmptyBoardShowsEveryQuestionInFullAndABusyOneShrinksThem() {
        var script = ScreenFixture.Script()
        script.move(to: 8, at: 200)
        let empty = script.state()
        let frame = ProjectorFrame(state: empty, view: ProjectorView(language: .danish), now: ScreenFixture.at(201),
                                   utcOffsetSeconds: ScreenFixture.offset)
        let text = ProjectorScreen.render(frame, width: 200, height: 60).lines.joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        for question in empty.currentItem.questions {
            for word in question.split(separator: " ") { #expect(text.contains(word), "\(word) of '\(question)'") }
        }
        #expect(!text.contains("…"), "nothing is cut on an empty board")
        let busy = ScreenFixture.discussionState()
        let busyFrame = ProjectorFrame(state: busy, view: ProjectorView(language: .danish), now: ScreenFixture.at(210),
                                       utcOffsetSeconds: ScreenFixture.offset)
        #expect(ProjectorScreen.render(busyFrame, width: 80, height: 24).lines.joined().contains("…"),
                "at 80×24 with notes the questions shrink, and say they are cut")
    }
}

struct ScribeQuestionTests {
    @Test func theScribeChoosesAnyQuestionIncludingAnEmptyOne() {
        let state = ScreenFixture.discussionState()
        var view = ProjectorView(language: .danish)
        _ = ProjectorController.handle(.text("s"), view: &view, state: state, size: (120, 40))
        for key in [Key.down, .down, .down, .down] { _ = ProjectorController.handle(key, view: &view, state: state, size: (120, 40)) }
        #expect(view.input?.question == 4, "question 4 has no notes yet")
        for key in [Key.text("Ny tanke"), .enter, .enter] { _ = ProjectorController.handle(key, view: &view, state: state, size: (120, 40)) }
        var again = ProjectorView(language: .danish)
        _ = ProjectorController.handle(.text("s"), view: &again, state: state, size: (120, 40))
        _ = ProjectorController.handle(.down, view: &again, state: state, size: (120, 40))
        _ = ProjectorController.handle(.down, view: &again, state: state, size: (120, 40))
        _ = ProjectorController.handle(.up, view: &again, state: state, size: (120, 40))
        _ = ProjectorController.handle(.text("x"), view: &again, state: state, size: (120, 40))
        _ = ProjectorController.handle(.enter, view: &again, state: state, size: (120, 40))
        let effects = ProjectorController.handle(.enter, view: &again, state: state, size: (120, 40))
        #expect(effects == [.submit(.addNote(NoteRequest(text: "x", author: .anonymous, question: 1)))])
    }
}

struct KeyPointOnTheWallTests {
    @Test func aRewordedKeyPointShowsItsWordingAndItsMergedNotesStandWithIt() {
        var script = ScreenFixture.Script()
        script.move(to: 8, at: 200)
        script.add(.noteAdded(NoteDraft(text: "Tillid frem for kontrol", item: 8, question: 2)), at: 201, by: .participant)
        script.add(.noteAdded(NoteDraft(text: "tillid før kontrol", item: 8, question: 2)), at: 202, by: .participant)
        script.add(.noteAdded(NoteDraft(text: "Giv slip", item: 8, question: 1)), at: 203, by: .participant)
        script.add(.keyPointMarked(note: "n2", text: "Tillid, altid", merged: ["n3"]), at: 204)
        let frame = ProjectorFrame(state: script.state(), view: ProjectorView(language: .danish), now: ScreenFixture.at(205),
                                   utcOffsetSeconds: ScreenFixture.offset)
        let wall = ProjectorScreen.render(frame, width: 200, height: 60).lines.joined(separator: "\n")
        #expect(wall.contains("Tillid, altid"), "the wording, not the note's own text")
        #expect(wall.contains("+ tillid før kontrol"), "the merged note stands with its key point")
        #expect(wall.components(separatedBy: "tillid før kontrol").count == 2, "and is not repeated in its column")
    }
}
