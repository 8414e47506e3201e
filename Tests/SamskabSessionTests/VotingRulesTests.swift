import SamskabModel
import Testing
@testable import SamskabSession

/// Dot voting through the engine and the fold: the budget, the cap per note, a closed voting,
/// key points, dots given back when a note is withdrawn, and undo of open, close and reveal.
struct VotingRulesTests {
    static func day() throws -> (TableRulesTests.Day, [String]) {
        var day = TableRulesTests.Day()
        try day.submit(.movePhase(.item(1)))
        var ids: [String] = []
        for text in ["Tillid", "Tid", "Mod"] {
            let record = try day.submit(.addNote(NoteRequest(text: text)), by: .participant(id: nil))
            ids.append(SessionState.noteID(sequence: record.sequence))
        }
        return (day, ids)
    }

    @Test func dotsKeepToTheBudgetAndTheCap() throws {
        var (day, notes) = try Self.day()
        let voter = day.person("MBU person 1")
        try day.submit(.openVoting(item: nil, on: .notes, dots: 3, maxPerNote: 2))
        try day.submit(.vote(note: notes[0], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        try day.submit(.vote(note: notes[0], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        #expect(throws: SessionError("MBU person 1 already has 2 dots on note \(notes[0]), the most one note may get")) {
            try day.submit(.vote(note: notes[0], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        }
        try day.submit(.vote(note: notes[1], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        #expect(day.state.dotsLeft(voter: voter, item: 1) == 0)
        #expect(throws: SessionError("MBU person 1 has used all 3 dots; take one back first")) {
            try day.submit(.vote(note: notes[2], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        }
        try day.submit(.vote(note: notes[0], voter: voter, item: nil, adding: false), by: .participant(id: voter))
        #expect(day.state.dotsLeft(voter: voter, item: 1) == 1, "a dot taken back can be placed again")
        #expect(day.state.voteCounts(item: 1) == [notes[0]: 1, notes[1]: 1])
        #expect(throws: SessionError("a participant places only their own dots")) {
            try day.submit(.vote(note: notes[2], voter: voter, item: nil, adding: true), by: .participant(id: day.person("MBU person 2")))
        }
    }

    @Test func aClosedVotingTakesNoDotsAndRevealingIsUndoable() throws {
        var (day, notes) = try Self.day()
        let voter = day.person("MSO person 1")
        #expect(throws: SessionError("there is no voting at item 2")) {
            try day.submit(.vote(note: notes[0], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        }
        try day.submit(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil))
        #expect(day.state.votings[1]?.dots == 3, "a discussion without its own number gives 3 dots")
        try day.submit(.vote(note: notes[2], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        try day.submit(.closeVoting(item: nil))
        #expect(throws: SessionError("the voting at item 2 is closed")) {
            try day.submit(.vote(note: notes[1], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        }
        #expect(day.state.votings[1]?.revealed == false, "hidden until revealed")
        try day.submit(.revealVoting(item: nil))
        #expect(day.state.votings[1]?.revealed == true)
        try day.submit(.undo)
        #expect(day.state.votings[1]?.revealed == false)
        try day.submit(.undo)
        #expect(day.state.votings[1]?.isOpen == true, "undo reopens")
        try day.submit(.undo)
        #expect(day.state.votings[1] == nil, "undo of opening")
    }

    @Test func aWithdrawnNotesDotsAreGivenBack() throws {
        var (day, notes) = try Self.day()
        let voter = day.person("BA person 1")
        try day.submit(.openVoting(item: nil, on: .notes, dots: 1, maxPerNote: nil))
        try day.submit(.vote(note: notes[1], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        #expect(day.state.dotsLeft(voter: voter, item: 1) == 0)
        try day.submit(.withdrawNote(note: notes[1]))
        #expect(day.state.dotsLeft(voter: voter, item: 1) == 1)
        #expect(day.state.voteCounts(item: 1).isEmpty)
    }

    @Test func theKeyPointsOfTheDayAreVotedOnAtTheOpsamling() throws {
        var (day, notes) = try Self.day()
        try day.submit(.markKeyPoint(note: notes[0], text: "Tillid frem for kontrol", merged: []))
        try day.submit(.movePhase(.item(4)))
        try day.submit(.openVoting(item: nil, on: .keyPoints, dots: 2, maxPerNote: 1))
        let voter = day.person("MTM person 1")
        try day.submit(.vote(note: notes[0], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        #expect(throws: SessionError("note \(notes[1]) is not a key point, and this voting is on the key points")) {
            try day.submit(.vote(note: notes[1], voter: voter, item: nil, adding: true), by: .participant(id: voter))
        }
        #expect(day.state.voteCounts(item: 4) == [notes[0]: 1])
        #expect(throws: SessionError("at most 3 dots on one note must be from 1 to the 2 dots each has")) {
            try day.submit(.openVoting(item: 1, on: .notes, dots: 2, maxPerNote: 3))
        }
    }

    @Test func theKeyPointsCanBeVotedOnAtATalkButAnItemVotesOnOneThing() throws {
        var (day, notes) = try Self.day()
        try day.submit(.markKeyPoint(note: notes[0], text: nil, merged: []))
        try day.submit(.openVoting(item: nil, on: .notes, dots: 2, maxPerNote: nil))
        try day.submit(.closeVoting(item: nil))
        #expect(throws: SessionError("item 2 has had a voting on its notes; vote on the key points at another item, such as the last")) {
            try day.submit(.openVoting(item: nil, on: .keyPoints, dots: 2, maxPerNote: nil))
        }
        let talk = try #require(day.state.workshop.program.firstIndex { $0.questions.isEmpty })
        #expect(throws: SessionError("item \(talk + 1) takes no notes, so there is nothing to vote on there")) {
            try day.submit(.openVoting(item: talk, on: .notes, dots: 2, maxPerNote: nil))
        }
        try day.submit(.openVoting(item: talk, on: .keyPoints, dots: 2, maxPerNote: nil))
        let voter = day.person("MBU person 1")
        try day.submit(.vote(note: notes[0], voter: voter, item: talk, adding: true), by: .participant(id: voter))
        #expect(day.state.keyPointVoting?.item == talk)
        #expect(day.state.rankedBallots(item: talk).first?.votes == 1)
    }
}
