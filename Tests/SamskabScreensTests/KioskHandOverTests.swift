import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// After a pair hands over, only a pair due at this board that has not been here yet is
/// preselected; a station never draws more than its clock shows; the room never sees an id.
struct KioskHandOverTests {
    let tests = KioskStationTests()

    @Test func afterAHandOverOnlyAPairDueHereIsPreselected() throws {
        let state = WalkFixture.withBoards()
        let plan = try #require(state.pairPlans[WalkFixture.gallery])
        var view = tests.station(3, state)
        let due = plan.groups.indices.filter { plan.station(group: $0, round: 1) == 3 }
        try #require(!due.isEmpty)
        for pair in due {
            #expect(KioskStation.chosenPair(view, state: state) == 0)
            _ = tests.press([.enter], &view, state)
            #expect(view.walk.pair == pair, "the next pair due here, in turn")
            _ = tests.press([.escape], &view, state)
        }
        // Every pair due here has been: nobody is preselected, and Enter asks the pair to choose.
        #expect(KioskStation.chosenPair(view, state: state) == nil)
        #expect(!tests.screen(state, view).contains("▶ "), "no line chosen")
        #expect(tests.press([.enter], &view, state) == [] && view.walk.pair == nil)
        #expect(view.message == "Vælg jeres par med ↑↓, og tryk Enter")
        _ = tests.press([.down, .enter], &view, state)
        #expect(view.walk.pair != nil, "chosen by hand")
        // A new round: the pairs due now are preselected again.
        KioskController.follow(view: &view, state: state, now: tests.at(10.5))
        #expect(view.walk.pair == nil && view.walk.been.isEmpty)
        if KioskStation.pairChoices(view, state: state).first?.due == true {
            #expect(KioskStation.chosenPair(view, state: state) == 0)
        }
    }

    @Test func aStationIsDrawnOnceASecondAndANameScreenOnceAMinute() {
        let state = WalkFixture.withBoards()
        var view = tests.station(1, state)
        KioskController.follow(view: &view, state: state, now: tests.at(7.5))
        let before = view
        KioskController.follow(view: &view, state: state, now: tests.at(7.5 + 0.25 / 60))
        #expect(view == before, "the view keeps the round, not its seconds")
        func moment(_ minutes: Double, _ view: KioskView, _ state: SessionState) -> KioskScreen.Moment {
            KioskScreen.moment(tests.frame(state, view, minutes: minutes))
        }
        #expect(moment(7.5, view, state) != moment(7.5 + 1.0 / 60, view, state), "the round's seconds tick")
        // The name screen of a discussion: the same frame all minute long.
        let discussion = ScreenFixture.discussionState()
        let name = KioskView(language: .danish, pin: "1234", table: 2)
        let start = ScreenFixture.at(10)
        let frames = stride(from: 0.0, to: 59, by: 0.25).map { seconds in
            KioskScreen.moment(KioskFrame(state: discussion, view: name, now: start.adding(seconds: seconds),
                                          utcOffsetSeconds: ScreenFixture.offset))
        }
        #expect(Set(frames.map { "\($0)" }).count == 1)
    }

    @Test func refusalsNameNotesByTheirOpeningWordsNotTheirIDs() {
        let state = WalkFixture.withBoards()
        let note = WalkFixture.firstNote(state, table: 1)
        let text = state.notes[note]?.text ?? ""
        let said = KioskPlainWords.withoutIDs("Par 3 har allerede givet note \(note) et +1", state: state)
        #expect(!said.contains(note) && said.contains("“" + KioskPlainWords.openingWords(text)), "\(said)")
        #expect(KioskPlainWords.openingWords("Tillid frem for kontrol i hele organisationen, altid") == "Tillid frem for kontrol i hele …")
        #expect(KioskPlainWords.withoutIDs("note n99999 and n1x stay", state: state) == "note n99999 and n1x stay", "unknown ids stay")
        var view = KioskView(language: .danish, pin: "1234")
        KioskController.receive(.refused("note \(note) er en andens"), view: &view, state: state)
        #expect(view.message?.contains(note) == false)
    }
}
