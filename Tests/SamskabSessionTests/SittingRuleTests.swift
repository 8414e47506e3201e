import SamskabModel
import Testing
@testable import SamskabSession

/// A kiosk sitting changes only what it did itself: "Esc, another name" gives nobody the notes or
/// the dots of an earlier sitting (issue 22, item 4).
struct SittingRuleTests {
    typealias Day = TrustRulesTests.Day

    static func note(_ record: EventRecord) -> String { SessionState.noteID(sequence: record.sequence) }

    @Test func aSittingChangesOnlyTheNotesItWrote() throws {
        var day = Day()
        let kirsten = day.id("Kirsten Sørensen")
        // An earlier sitting as Kirsten writes a note.
        var first = Sitting(since: day.state.lastSequence)
        let earlier = Self.note(try day.submit(.addNote(NoteRequest(text: "Tillid", author: .person(id: kirsten))),
                                               by: .participant(id: kirsten, sitting: first)))
        first.notes.append(earlier)
        try day.submit(.editNote(note: earlier, text: "Tillid!"), by: .participant(id: kirsten, sitting: first))
        // Esc, and someone picks Kirsten's name: a new sitting, which may write but not change her note.
        var second = Sitting(since: day.state.lastSequence)
        for command in [Command.editNote(note: earlier, text: "Ændret"), .withdrawNote(note: earlier)] {
            let message = TrustRulesTests.refusal { try day.submit(command, by: .participant(id: kirsten, sitting: second)) }
            #expect(message == "You can only change notes you wrote here")
        }
        // Claiming the note changes nothing: it is older than the sitting.
        second.notes.append(earlier)
        #expect(TrustRulesTests.refusal { try day.submit(.withdrawNote(note: earlier), by: .participant(id: kirsten, sitting: second)) }
                == "You can only change notes you wrote here")
        let later = Self.note(try day.submit(.addNote(NoteRequest(text: "Mod", author: .person(id: kirsten))),
                                             by: .participant(id: kirsten, sitting: second)))
        second.notes.append(later)
        try day.submit(.withdrawNote(note: later), by: .participant(id: kirsten, sitting: second))
        #expect(day.state.notes[later]?.withdrawn == true && day.state.notes[earlier]?.withdrawn == false)
        // The facilitator changes any note.
        try day.submit(.withdrawNote(note: earlier))
    }

    @Test func anAnonymousNoteIsChangedOnlyInItsOwnSitting() throws {
        var day = Day()
        var mine = Sitting(since: day.state.lastSequence)
        let note = Self.note(try day.submit(.addNote(NoteRequest(text: "Hemmelig", author: .anonymous, item: 1)),
                                            by: .participant(id: nil, sitting: mine)))
        let other = Sitting(since: 0)
        #expect(TrustRulesTests.refusal { try day.submit(.editNote(note: note, text: "Min nu"), by: .participant(id: nil, sitting: other)) }
                == "You can only change notes you wrote here")
        mine.notes.append(note)
        try day.submit(.editNote(note: note, text: "Hemmelig stadig"), by: .participant(id: nil, sitting: mine))
        #expect(day.state.notes[note]?.text == "Hemmelig stadig")
    }

    @Test func aSittingVotesOnlyAsItsPersonAndTakesBackOnlyItsOwnDots() throws {
        var day = Day()
        let kirsten = day.id("Kirsten Sørensen"), soren = day.id("Søren Kjær")
        let note = Self.note(try day.submit(.addNote(NoteRequest(text: "Tillid", author: .anonymous, item: 0))))
        try day.submit(.openVoting(item: 0, on: .notes, dots: 3, maxPerNote: nil))
        // An earlier sitting as Søren placed a dot.
        try day.submit(.vote(note: note, voter: soren, item: 0, adding: true), by: .participant(id: soren, sitting: Sitting(since: 0)))
        var sitting = Sitting(since: day.state.lastSequence)
        #expect(TrustRulesTests.refusal {
            try day.submit(.vote(note: note, voter: soren, item: 0, adding: true), by: .participant(id: kirsten, sitting: sitting))
        } == "a participant places only their own dots")
        #expect(TrustRulesTests.refusal {
            try day.submit(.vote(note: note, voter: soren, item: 0, adding: false), by: .participant(id: soren, sitting: sitting))
        } == "You can only take back dots you placed here")
        let cast = try day.submit(.vote(note: note, voter: soren, item: 0, adding: true), by: .participant(id: soren, sitting: sitting))
        sitting.dots.append(try #require(cast.event.as(VoteCast.self)).note)
        try day.submit(.vote(note: note, voter: soren, item: 0, adding: false), by: .participant(id: soren, sitting: sitting))
        #expect(day.state.dotsLeft(voter: soren, item: 0) == 2, "the earlier sitting's dot stays")
        // Without a sitting (a script for a participant) the rules are as before.
        try day.submit(.vote(note: note, voter: soren, item: 0, adding: false), by: .participant(id: soren))
        #expect(day.state.dotsLeft(voter: soren, item: 0) == 3)
    }
}
