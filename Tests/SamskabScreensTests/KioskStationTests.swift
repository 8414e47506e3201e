import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// A table kiosk as a station of the gallery walk: the board of its table, the pair due here
/// chosen first, comments and +1s as commands to the engine.
struct KioskStationTests {
    /// Minutes into this fixture's walk (its clock starts at 09:07).
    static func at(_ minutes: Double) -> Timestamp { ScreenFixture.at(7 + minutes) }
    func at(_ minutes: Double) -> Timestamp { Self.at(minutes) }

    func press(_ keys: [Key], _ view: inout KioskView, _ state: SessionState) -> [KioskEffect] {
        keys.flatMap { KioskController.handle($0, view: &view, state: state) }
    }

    func frame(_ state: SessionState, _ view: KioskView, minutes: Double) -> KioskFrame {
        KioskFrame(state: state, view: view, now: at(minutes), utcOffsetSeconds: ScreenFixture.offset)
    }

    func screen(_ state: SessionState, _ view: KioskView, minutes: Double = 7.5, width: Int = 80, height: Int = 24) -> String {
        KioskScreen.render(frame(state, view, minutes: minutes), width: width, height: height).lines.joined(separator: "\n")
    }

    /// A table kiosk following the walk at `minutes` (round 2 at 7.5).
    func station(_ table: Int?, _ state: SessionState, minutes: Double = 7.5) -> KioskView {
        var view = KioskView(language: .danish, pin: "1234", table: table)
        KioskController.follow(view: &view, state: state, now: at(minutes))
        return view
    }

    @Test func theSnapshotsOfAStation() throws {
        let state = WalkFixture.withBoards()
        var view = station(1, state)
        for (width, height) in [(80, 24), (120, 40)] {
            let canvas = KioskScreen.render(frame(state, view, minutes: 7.5), width: width, height: height)
            try Snapshot.check(canvas.lines, named: "kiosk-station-pair-\(width)x\(height)")
            BoxIntegrity.check(canvas, cornersMatch: true)
        }
        _ = press([.enter, .down], &view, state)
        for (width, height) in [(80, 24), (120, 40)] {
            let canvas = KioskScreen.render(frame(state, view, minutes: 7.5), width: width, height: height)
            try Snapshot.check(canvas.lines, named: "kiosk-station-board-\(width)x\(height)")
            BoxIntegrity.check(canvas, cornersMatch: true)
        }
        _ = press([.enter, .text("Godt set 👍")], &view, state)
        let canvas = KioskScreen.render(frame(state, view, minutes: 7.5), width: 80, height: 24)
        try Snapshot.check(canvas.lines, named: "kiosk-station-comment-80x24")
        BoxIntegrity.check(canvas, cornersMatch: true)
    }

    @Test func thePairDueHereIsChosenFirst() throws {
        let state = WalkFixture.withBoards()
        let plan = try #require(state.pairPlans[WalkFixture.gallery])
        let view = station(3, state)
        let due = plan.groups.indices.filter { plan.station(group: $0, round: 1) == 3 }
        #expect(!due.isEmpty)
        let choices = KioskStation.pairChoices(view, state: state)
        #expect(choices.prefix(due.count).map(\.group) == due && choices.prefix(due.count).allSatisfy(\.due))
        #expect(choices.count == plan.groups.count)
        let text = screen(state, view)
        #expect(text.contains(" Bord 3  ·  "), "the header names the station")
        #expect(text.contains("▶ Par \(due[0] + 1): ") && text.contains("ved denne tavle nu"))
        #expect(text.contains("RUNDE 2 AF 6"))
    }

    @Test func aCommentAndAPlusOneGoToTheEngineForThePair() throws {
        let state = WalkFixture.withBoards()
        var view = station(1, state)
        _ = press([.enter], &view, state)
        let pair = try #require(view.walk.pair)
        let speaker = try #require(state.pairPlans[WalkFixture.gallery]?.groups[pair].first)
        let note = WalkFixture.firstNote(state, table: 1)
        // The whole board is the first line; a +1 there is refused by the kiosk with a hint.
        #expect(press([.text("+")], &view, state) == [])
        #expect(view.message == "Vælg en note med ↑↓ for at give den +1")
        #expect(press([.enter, .text("Hele bordet"), .enter], &view, state)
                == [.submit(.addComment(target: .board(item: WalkFixture.discussion, table: 1), text: "Hele bordet",
                                        author: .person(id: speaker)))])
        // Esc closes the editor (as the engine's answer does, below).
        let effects = press([.escape, .down, .text("+")], &view, state)
        #expect(effects == [.submit(.plusOne(note: note, participant: speaker))])
        // Typing on the board starts the comment with what was typed (no Enter first).
        let commented = press([.text("G"), .text("odt"), .newline, .text("set"), .enter], &view, state)
        #expect(commented == [.submit(.addComment(target: .note(note), text: "Godt\nset", author: .person(id: speaker)))])
        guard case .append(_, let event) = Asked.resolve(commented, view: view, state: state).first,
              let added = event.as(CommentAdded.self) else {
            Issue.record("the engine takes the comment")
            return
        }
        #expect(added.pair == pair + 1 && added.gallery == WalkFixture.gallery, "signed by the pair")
        let record = EventRecord(sequence: 99, id: "e99", time: at(8), writer: "t", actor: .participant, event: event)
        KioskController.receive(.saved(record), view: &view)
        #expect(view.walk.comment == nil && view.message == "Kommentaren er gemt ✓")
        // A second +1 from the same pair: the engine refuses, the kiosk shows why.
        let once = TableFixture.apply(.plusOne(note: note, participant: speaker), by: .participant(id: nil), to: state)
        var why = ""
        do {
            let (actor, event) = try Engine.decide(.plusOne(note: note, participant: speaker), by: .participant(id: nil), in: once)
            var after = once
            try after.apply(EventRecord(sequence: once.lastSequence + 1, id: "e100", time: at(9), writer: "t", actor: actor, event: event))
            Issue.record("a second +1 is refused")
        } catch {
            why = error.text(danish: true)
        }
        KioskController.receive(.refused(why), view: &view)
        #expect(screen(once, view).contains("har allerede givet note"))
    }

    @Test func aKioskWithoutATableChoosesItsStationAndTheReflectionWritesNotes() throws {
        let state = WalkFixture.withBoards()
        var view = station(nil, state)
        #expect(screen(state, view).contains("Hvilken tavle står I ved?"))
        _ = press([.down, .enter], &view, state)
        #expect(view.walk.station == 2)
        #expect(screen(state, view).contains("Tavlen fra Bord 2"))
        _ = press([.escape], &view, state)
        #expect(view.walk.station == nil, "Esc goes back to the boards")
        // A new round hands the kiosk to the next pair.
        var table = station(1, state)
        _ = press([.enter], &table, state)
        #expect(table.walk.pair != nil)
        KioskController.follow(view: &table, state: state, now: at(10.5))
        #expect(table.walk.pair == nil)
        // In the reflection round the kiosk writes notes of the gallery item, as always.
        let plan = try #require(state.pairPlans[WalkFixture.gallery])
        let reflection = Double(plan.visitingRounds) * 5 + 1
        var reflecting = station(1, state, minutes: reflection)
        #expect(!KioskStation.isActive(reflecting, state: state))
        _ = press([.text("zzz"), .down, .enter], &reflecting, state)
        let effects = press([.text("Vi tager tilliden med"), .enter], &reflecting, state)
        #expect(effects == [.submit(.addNote(NoteRequest(text: "Vi tager tilliden med", table: 1)))])
        guard case .append(_, let event) = Asked.resolve(effects, view: reflecting, state: state).first else {
            Issue.record("the engine takes the reflection")
            return
        }
        #expect(event.as(NoteAdded.self) != nil || event == event)
    }
}
