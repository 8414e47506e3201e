import SamskabModel
import Testing
@testable import SamskabSession

/// The fernisering's pairs through the engine and the fold: made from the people present over the
/// visited discussion's tables, recorded whole, joined by late arrivals, left by the absent.
struct PairRulesTests {
    /// TableRulesTests' forum with a 30-minute gallery walk (5 minutes a station) over item 2.
    static let day: Workshop = {
        var workshop = TableRulesTests.day
        workshop.program.append(ProgramItem(title: "Fernisering", minutes: 30,
                                            content: .gallery(Gallery(visitsItem: 1, stationMinutes: 5, question: "Hvad betyder det?"))))
        return workshop
    }()

    static func dayWithTables() throws -> TableRulesTests.Day {
        var day = TableRulesTests.Day(state: SessionState(workshop: Self.day))
        try day.submit(.movePhase(.item(1)))
        try day.submit(.movePhase(.item(5)))
        return day
    }

    @Test func everyonePresentWalksAcrossDepartmentsOverTheOtherBoards() throws {
        var day = TableRulesTests.Day(state: SessionState(workshop: Self.day))
        try day.submit(.movePhase(.item(1)))
        // Arriving at the walk plans its pairs, as arriving at a discussion plans its tables.
        let record = try day.submit(.movePhase(.item(5)))
        #expect(record.event.as(PhaseMoved.self)?.pairs != nil)
        let plan = try #require(day.state.pairPlans[5])
        #expect(plan.groups.count == 20)
        #expect(Set(plan.groups.flatMap { $0 }).count == 40)
        for group in plan.groups {
            let departments = group.compactMap { day.state.participants[$0]?.department }
            #expect(Set(departments).count == group.count, "a pair within one department: \(departments)")
        }
        #expect(plan.visits.count == 6, "30 minutes at 5 a station")
        let tables = try #require(day.state.tablePlans[1])
        for (index, group) in plan.groups.enumerated() {
            let own = Set(group.compactMap { tables.table(of: $0)?.number })
            let route = plan.visits.compactMap { $0[index] }
            #expect(Set(route).count == route.count, "pair \(index + 1) sees a board twice: \(route)")
            #expect(own.isDisjoint(with: route), "pair \(index + 1) visits its own table")
        }
        #expect(plan.visits.last?.allSatisfy { $0 == nil } == true, "seven boards, two of them a pair's own: the sixth round is for the reflection")
        // The journal line carries the whole walk.
        let line = record.line()
        let reread = try EventRecord(line: line.dropLast()[...])
        #expect(reread == record)
    }

    @Test func aWalkNeedsTheVisitedDiscussionsTables() throws {
        var day = TableRulesTests.Day(state: SessionState(workshop: Self.day))
        #expect(throws: SessionError("the visited discussion, item 2, has no table plan yet, so there are no boards to visit; make one with `samskab groups --item 2`")) {
            try day.submit(.planPairs(item: 5, reshuffle: false))
        }
        #expect(throws: SessionError("item 2, 'Gruppedrøftelse', is not a gallery walk (fernisering), so it has no pairs; the gallery walks are items 6")) {
            try day.submit(.planPairs(item: 1, reshuffle: false))
        }
    }

    @Test func aLateArrivalMakesATrioAndTheAbsentLeave() throws {
        var day = TableRulesTests.Day(state: SessionState(workshop: Self.day))
        try day.submit(.movePhase(.item(1)))
        let late = day.person("MKB person 5")
        try day.submit(.markAbsent(participant: late))
        try day.submit(.movePhase(.item(5)))
        #expect(try #require(day.state.pairPlans[5]).group(of: late) == nil, "the walk's pairs are of the people present")
        try day.submit(.markPresent(participant: late))
        let joined = try day.submit(.joinPair(participant: late, item: nil))
        let plan = try #require(day.state.pairPlans[5])
        let group = try #require(plan.group(of: late))
        #expect(plan.groups[group].count == 3)
        #expect(joined.event.as(PairJoined.self)?.pair == group + 1)
        #expect(!plan.groups[group].dropLast().contains { day.state.participants[$0]?.department == "MKB" }, "a trio across departments")
        #expect(throws: SessionError("MKB person 5 already walks in pair \(group + 1)")) {
            try day.submit(.joinPair(participant: late, item: nil))
        }
        let leaving = plan.groups[0][0]
        try day.submit(.markAbsent(participant: leaving))
        #expect(try #require(day.state.pairPlans[5]).group(of: leaving) == nil)
        try day.submit(.undo)
        #expect(try #require(day.state.pairPlans[5]).group(of: leaving) == 0, "undo walks them with their pair again")
    }

    @Test func aReshuffleIsUndoneToTheWalkBefore() throws {
        var day = try Self.dayWithTables()
        let first = try #require(day.state.pairPlans[5])
        #expect(throws: SessionError("item 6 already has pairs; reshuffle to make new ones")) {
            try day.submit(.planPairs(item: nil, reshuffle: false))
        }
        try day.submit(.planPairs(item: nil, reshuffle: true), random: 2)
        #expect(day.state.pairPlans[5] != first)
        try day.submit(.undo)
        #expect(day.state.pairPlans[5] == first)
    }

    @Test func aHandWrittenWalkThatBreaksARuleIsRefused() throws {
        let day = try Self.dayWithTables()
        func refusal(_ plan: PlannedPairs) -> String? {
            var copy = day.state
            do {
                try copy.apply(Fixture.Log.record(Event(PairsPlanned(item: 5, plan: plan)), sequence: day.records.count + 1))
                return nil
            } catch { return error.message }
        }
        #expect(refusal(PlannedPairs(seed: nil, groups: [["r1", "r2"], ["r2", "r3"]], visits: [])) == "r2 walks in two pairs")
        #expect(refusal(PlannedPairs(seed: nil, groups: [["r1", "r2"]], visits: [[9]]))
                == "a pair is sent to table 9, which the visited discussion (item 2) does not have")
        #expect(refusal(PlannedPairs(seed: nil, groups: [["r1", "p99"]], visits: [])) == "there is no participant p99")
    }

    @Test func pairsCommentAndGiveOnePlusOneANote() throws {
        var day = try Self.dayWithTables()
        try day.submit(.movePhase(.item(1)))
        let writer = day.person("MSB person 1")
        let noted = try day.submit(.addNote(NoteRequest(text: "Tillid", author: .person(id: writer))), by: .participant(id: writer))
        let note = SessionState.noteID(sequence: noted.sequence)
        try day.submit(.movePhase(.item(5)))
        let plan = try #require(day.state.pairPlans[5])
        let walker = plan.groups[0][0], partner = plan.groups[0][1]
        let commented = try day.submit(.addComment(target: .note(note), text: "Godt set", author: .person(id: walker)), by: .participant(id: walker))
        let comment = try #require(day.state.comments[SessionState.commentID(sequence: commented.sequence)])
        #expect(comment.pair == 1 && comment.gallery == 5, "a person on the walk signs with their pair")
        #expect(day.state.comments(on: note).map(\.text) == ["Godt set"])
        try day.submit(.addComment(target: .board(item: 1, table: 2), text: "Hele bordet", author: .anonymous), by: .participant(id: nil))
        #expect(day.state.comments(onBoard: 1, table: 2).count == 1)
        try day.submit(.plusOne(note: note, participant: walker), by: .participant(id: walker))
        #expect(throws: SessionError("pair 1 has already given note \(note) a +1")) {
            try day.submit(.plusOne(note: note, participant: partner), by: .participant(id: partner))
        }
        try day.submit(.plusOne(note: note, participant: plan.groups[1][0]), by: .participant(id: plan.groups[1][0]))
        #expect(day.state.plusOnes[note]?.count == 2)
        #expect(throws: SessionError("there is no note n999")) {
            try day.submit(.addComment(target: .note("n999"), text: "x", author: .anonymous), by: .participant(id: nil))
        }
        #expect(throws: SessionError("item 2 has no table 9; its tables are 1–7")) {
            try day.submit(.addComment(target: .board(item: 1, table: 9), text: "x", author: .anonymous), by: .participant(id: nil))
        }
    }

    @Test func theRoundFollowsTheTimerAndCanBeSkipped() throws {
        var day = try Self.dayWithTables()
        let opened = try #require(day.state.timer(item: 5).runningSince)
        let early = try #require(day.state.walkMoment(item: 5, at: opened.adding(seconds: 60)))
        #expect(early.round == 0 && early.roundCount == 6 && early.secondsLeftInRound == 240 && !early.isReflection)
        let third = try #require(day.state.walkMoment(item: 5, at: opened.adding(seconds: 2 * 300 + 10)))
        #expect(third.round == 2 && third.secondsLeftInRound == 290)
        let last = try #require(day.state.walkMoment(item: 5, at: opened.adding(seconds: 5 * 300 + 1)))
        #expect(last.round == 5 && last.isReflection, "the sixth round is the reflection")
        #expect(try #require(day.state.walkMoment(item: 5, at: opened.adding(seconds: 31 * 60))).isOver)
        // Skipping: the records of this test are one second apart, so the walk is early in round 1.
        let skipped = try day.submit(.skipRound)
        let after = try #require(day.state.walkMoment(item: 5, at: skipped.time))
        #expect(after.round == 1 && after.secondsLeftInRound == 300)
        try day.submit(.undo)
        #expect(try #require(day.state.walkMoment(item: 5, at: skipped.time)).round == 0)
    }

    @Test func aReflectionAnswerIsItsPairs() throws {
        var day = try Self.dayWithTables()
        let plan = try #require(day.state.pairPlans[5])
        let walker = plan.groups[2][1]
        let answered = try day.submit(.addNote(NoteRequest(text: "Vi skal dele mere", author: .person(id: walker))),
                                      by: .participant(id: walker))
        let note = try #require(day.state.notes[SessionState.noteID(sequence: answered.sequence)])
        #expect(note.group == "3" && note.authorID == walker, "the pair's number, as a table's")
        #expect(day.state.groupName(of: note) == "Par 3")
        let loose = try day.submit(.addNote(NoteRequest(text: "Anonymt svar")), by: .participant(id: nil))
        #expect(day.state.notes[SessionState.noteID(sequence: loose.sequence)]?.group == nil)
    }
}
