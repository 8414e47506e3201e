import SamskabModel
import Testing
@testable import SamskabSession

/// What the engine decides for every front end: which item a command means, who a joining person
/// is, whether a voting has something to vote on, and a walk's pairs as the program arrives.
struct EngineDecidesTests {
    /// PairRulesTests' forum: a talk, four discussions, and the walk (item 6) over item 2.
    static func day() -> TableRulesTests.Day { TableRulesTests.Day(state: SessionState(workshop: PairRulesTests.day)) }

    @Test func anItemIsGivenOrTheCurrentOneAndMustBeWhatTheCommandNeeds() throws {
        var day = Self.day()
        let state = day.state
        #expect(try state.resolveItem(number: nil, as: .any) == 0)
        #expect(try state.resolveItem(number: 3, as: .discussion) == 2)
        #expect(try state.resolveItem(index: 2, as: .discussion) == 2)
        #expect(try state.resolveItem(number: 6, as: .walk) == 5)
        #expect(try state.resolveItem(number: 6, as: .boards) == 1, "a walk's boards are its discussion's")
        for number in [0, -1, 7, Int.max, Int.min] {
            #expect(throws: SessionError("there is no item \(number); the program has items 1–6")) {
                try state.resolveItem(number: number, as: .any)
            }
        }
        #expect(throws: SessionError("there is no item 9223372036854775808; the program has items 1–6")) {
            try state.resolveItem(index: Int.max, as: .any)
        }
        #expect(throws: SessionError("the current item, 1, 'Velkomst', is not a discussion, so it has no tables; "
                                     + "the discussions are items 2, 3, 4, 5")) {
            try state.resolveItem(number: nil, as: .discussion)
        }
        #expect(throws: SessionError("item 2, 'Gruppedrøftelse', is not a gallery walk (fernisering), so it has no pairs; "
                                     + "the gallery walks are items 6")) {
            try state.resolveItem(number: 2, as: .walk)
        }
        #expect(throws: SessionError("item 1, 'Velkomst', is neither a discussion at tables nor a gallery walk, so it has no boards; "
                                     + "the items with boards are 2, 3, 4, 5, 6")) {
            try state.resolveItem(number: 1, as: .boards)
        }
        // The same words from every command that names an item.
        for command: Command in [.planTables(item: 0, reshuffle: false), .moveToTable(participant: "r1", table: "1", item: 0),
                                 .renameTable(table: "1", name: "x", item: 0)] {
            #expect(throws: SessionError("item 1, 'Velkomst', is not a discussion, so it has no tables; the discussions are items 2, 3, 4, 5")) {
                try day.submit(command)
            }
        }
        for command: Command in [.planPairs(item: nil, reshuffle: false), .joinPair(participant: "r1", item: nil)] {
            #expect(throws: SessionError("the current item, 1, 'Velkomst', is not a gallery walk (fernisering), so it has no pairs; "
                                         + "the gallery walks are items 6")) {
                try day.submit(command)
            }
        }
        for command: Command in [.openVoting(item: 9, on: .notes, dots: nil, maxPerNote: nil), .closeVoting(item: 9),
                                 .revealVoting(item: 9), .vote(note: "n1", voter: "r1", item: 9, adding: true)] {
            #expect(throws: SessionError("there is no item 10; the program has items 1–6")) { try day.submit(command) }
        }
    }

    @Test func arrivingAtAWalkPlansItsPairsWhereItCanAndUndoTakesThemBack() throws {
        var day = Self.day()
        // Straight to the walk: its discussion has no tables yet, so the move comes without pairs.
        try day.submit(.movePhase(.item(5)))
        #expect(day.state.pairPlans[5] == nil)
        try day.submit(.movePhase(.item(1)))
        let arrival = try day.submit(.movePhase(.item(5)))
        let pairs = try #require(arrival.event.as(PhaseMoved.self)?.pairs)
        #expect(day.state.pairPlans[5]?.groups == pairs.groups)
        // The journal line carries the walk, and reads back the same.
        let line = arrival.line()
        #expect(try EventRecord(line: line.dropLast()[...]) == arrival)
        try day.submit(.undo)
        #expect(day.state.position == 1 && day.state.pairPlans[5] == nil, "one undo takes back the move and its pairs")
        try day.submit(.redo)
        #expect(day.state.pairPlans[5]?.groups == pairs.groups)
    }

    @Test func joiningIsDecidedAgainstTheStateAsItIsWritten() throws {
        var day = Self.day()
        let known = try #require(day.state.participants(named: "MKB person 2").first)
        // Typed any way: the department's case and the name's accents do not make a new person.
        let already = #expect(throws: SessionError.self) { try day.submit(.join(name: "mkb PERSON 2", department: "mkb")) }
        #expect(already?.alreadySo == true)
        #expect(try Engine.person(joining: " mkb person 2", department: " mkb ", in: day.state) == known, "found as the engine decided")
        try day.submit(.markAbsent(participant: known.id))
        let back = try day.submit(.join(name: "MKB person 2", department: "MKB"), by: .participant(id: nil))
        #expect(back.event.as(ParticipantPresent.self)?.participant == known.id)
        #expect(day.state.participants[known.id]?.absent == false)
        let added = try day.submit(.join(name: "  Åse\u{1B}[31m Østergaard ", department: " mkb "), by: .participant(id: nil))
        let newcomer = try #require(day.state.participants[SessionState.participantID(sequence: added.sequence)])
        #expect(newcomer.name == "Åse Østergaard" && newcomer.department == "MKB", "cleaned and spelled as the workshop does")
        let again = #expect(throws: SessionError.self) { try day.submit(.join(name: "Ase Ostergaard", department: "MKB")) }
        #expect(again?.alreadySo == true, "the same person without accents is her, not a second Åse")
        #expect(throws: SessionError("'anonym' is not a name; to write without a name, choose to write anonymously")) {
            try day.submit(.join(name: "anonym", department: "MKB"))
        }
        #expect(throws: SessionError("the name is empty")) { try day.submit(.join(name: " \u{7} ", department: "MKB")) }
    }

    @Test func aVotingNeedsSomethingToVoteOn() throws {
        var day = Self.day()
        try day.submit(.movePhase(.item(1)))
        #expect(throws: SessionError("item 2 has no notes yet, so there is nothing to vote on")) {
            try day.submit(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil))
        }
        #expect(throws: SessionError("there are no key points yet to vote on; mark some first")) {
            try day.submit(.openVoting(item: nil, on: .keyPoints, dots: nil, maxPerNote: nil))
        }
        let note = try day.submit(.addNote(NoteRequest(text: "Tillid", question: 1)))
        try day.submit(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil))
        try day.submit(.toggleKeyPoint(note: SessionState.noteID(sequence: note.sequence)))
        try day.submit(.openVoting(item: 0, on: .keyPoints, dots: nil, maxPerNote: nil))
    }
}
