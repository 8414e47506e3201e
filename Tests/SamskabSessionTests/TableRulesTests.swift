import SamskabModel
import Testing
@testable import SamskabSession
@testable import SamskabPlanning

/// Table plans through the engine and the fold: made when a discussion opens, from the people
/// present; late arrivals and absences; moves and names by hand; notes that know their table.
struct TableRulesTests {
    /// 40 people in six departments of uneven size, two mixed discussions and one by department.
    static let day: Workshop = {
        let codes = ["BA", "MBU", "MKB", "MSB", "MSO", "MTM"]
        let sizes = [4, 13, 5, 7, 7, 4]
        var roster: [Person] = []
        for (code, size) in zip(codes, sizes) {
            for index in 1...size { roster.append(Person(name: "\(code) person \(index)", department: code)) }
        }
        return Workshop(
            title: "Forum", language: .danish,
            departments: codes.map { Department(code: $0, name: "Afdeling \($0)") },
            roster: roster,
            program: [
                ProgramItem(title: "Velkomst", minutes: 10, content: .talk(Talk(speaker: "D"))),
                ProgramItem(title: "Gruppedrøftelse", minutes: 45,
                            content: .discussion(Discussion(grouping: .mixed, groupSize: 6, questions: ["Hvad?", "Hvordan?"]))),
                ProgramItem(title: "Grænsekrydsende", minutes: 40,
                            content: .discussion(Discussion(grouping: .mixed, groupSize: 6, questions: ["Hvor?"]))),
                ProgramItem(title: "I afdelingen", minutes: 40,
                            content: .discussion(Discussion(grouping: .department, groupSize: 5, questions: ["Hvad nu?"]))),
                ProgramItem(title: "Hele rummet", minutes: 20,
                            content: .discussion(Discussion(grouping: .room, questions: ["Og så?"]))),
            ])
    }()

    /// A session driven through the engine as the journal would, one record per command.
    struct Day {
        var state = SessionState(workshop: TableRulesTests.day)
        var records: [EventRecord] = []

        @discardableResult
        mutating func submit(_ command: Command, by requester: Requester = .facilitator, random: UInt64 = 42) throws -> EventRecord {
            let (actor, event) = try Engine.decide(command, by: requester, in: state, random: random)
            let record = Fixture.Log.record(event, sequence: records.count + 1, by: actor)
            try state.apply(record)
            records.append(record)
            return record
        }

        func person(_ name: String) -> String { state.participants(named: name).first?.id ?? name }
        func plan(_ item: Int) throws -> TablePlan { try #require(state.tablePlans[item]) }
    }

    @Test func aMixedDiscussionOpensWithAPlanOfEveryonePresent() throws {
        var day = Day()
        try day.submit(.markAbsent(participant: day.person("MBU person 1")))
        try day.submit(.movePhase(.item(1)))
        let plan = try day.plan(1)
        #expect(plan.tables.map(\.name) == (1...7).map { "Bord \($0)" }, "39 people at tables of 6: seven tables")
        let seated = plan.tables.flatMap(\.members)
        #expect(seated.count == 39 && Set(seated).count == 39, "everyone present sits once")
        #expect(!seated.contains(day.person("MBU person 1")), "the absent are not seated")
        let sizes = plan.tables.map(\.members.count)
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
        #expect(plan.seed != nil, "a mixed plan records its seed")
        // MBU has 12 present over 7 tables: every table has one or two, none three.
        for table in plan.tables {
            let mbu = table.members.filter { day.state.participants[$0]?.department == "MBU" }.count
            #expect((1...2).contains(mbu), "\(table.name) has \(mbu) from MBU")
        }
    }

    @Test func theSameSeedMakesTheSamePlanAndAReshuffleUsuallyAnother() throws {
        var first = Day(), second = Day()
        try first.submit(.movePhase(.item(1)), random: 7)
        try second.submit(.movePhase(.item(1)), random: 7)
        #expect(try first.plan(1) == second.plan(1))
        #expect(throws: SessionError("item 2 already has a table plan; reshuffle to make a new one")) {
            try first.submit(.planTables(item: 1, reshuffle: false))
        }
        try first.submit(.planTables(item: 1, reshuffle: true), random: 8)
        #expect(try first.plan(1).tables != second.plan(1).tables)
        try first.submit(.undo)
        #expect(try first.plan(1) == second.plan(1), "undo brings the earlier plan back")
    }

    @Test func aSecondMixedDiscussionKeepsEarlierTableMatesApart() throws {
        var day = Day()
        try day.submit(.movePhase(.item(1)))
        try day.submit(.movePhase(.item(2)))
        let earlier = day.state.earlierMates(before: 2)
        let repeats = TablePlanner.repeats(try day.plan(2).tables.map(\.members), earlierMates: earlier)
        #expect(repeats == 0, "40 people at 7 tables can all meet new people; \(repeats) pairs meet again")
    }

    @Test func departmentTablesFollowTheDefinitionAndSplitLargeDepartments() throws {
        var day = Day()
        try day.submit(.movePhase(.item(3)))
        let plan = try day.plan(3)
        // MBU (13) is more than twice the day's group size (6, from its mixed discussions): three tables.
        #expect(plan.tables.map(\.name) == ["Afdeling BA", "Afdeling MBU 1", "Afdeling MBU 2", "Afdeling MBU 3",
                                            "Afdeling MKB", "Afdeling MSB", "Afdeling MSO", "Afdeling MTM"])
        #expect(plan.tables.map(\.members.count) == [4, 5, 4, 4, 5, 7, 7, 4])
        for table in plan.tables {
            #expect(table.members.allSatisfy { day.state.participants[$0]?.department == table.department })
        }
    }

    @Test func aRoomDiscussionHasNoPlanUntilAskedThenOneTable() throws {
        var day = Day()
        try day.submit(.movePhase(.item(4)))
        #expect(day.state.tablePlans[4] == nil)
        try day.submit(.planTables(item: nil, reshuffle: false))
        #expect(try day.plan(4).tables.map(\.members.count) == [40])
        #expect(try day.plan(4).tables.map(\.name) == ["Hele rummet"])
    }

    @Test func lateArrivalsSitAtTheSmallestTableAndTheAbsentLeaveTheirs() throws {
        var day = Day()
        let late = day.person("MSO person 7")
        try day.submit(.markAbsent(participant: late))
        try day.submit(.movePhase(.item(1)))
        #expect(try day.plan(1).table(of: late) == nil)
        let smallest = try day.plan(1).tables.map(\.members.count).min()
        let record = try day.submit(.markPresent(participant: late))
        let seat = try #require(try day.plan(1).table(of: late))
        #expect(seat.members.count - 1 == smallest, "the arrival joins a table that had the fewest")
        #expect(record.event.as(ParticipantPresent.self)?.seats == [ItemSeat(item: 1, table: seat.number)])

        let leaving = day.person("BA person 2")
        let before = try day.plan(1)
        try day.submit(.markAbsent(participant: leaving))
        #expect(try day.plan(1).table(of: leaving) == nil)
        try day.submit(.undo)
        #expect(try day.plan(1) == before, "undo of an absence seats them where they sat")
        #expect(day.state.participants[leaving]?.absent == false)
    }

    @Test func leavingKeepsEarlierPlansAsTheyWere() throws {
        var day = Day()
        try day.submit(.movePhase(.item(1)))
        let earlier = try day.plan(1)
        try day.submit(.movePhase(.item(2)))
        let leaving = day.person("MKB person 1")
        try day.submit(.markAbsent(participant: leaving))
        #expect(try day.plan(1) == earlier, "who sat where in the morning stays in the summary")
        #expect(try day.plan(2).table(of: leaving) == nil)
    }

    @Test func someoneAddedOnTheDaySitsDownAtOnce() throws {
        var day = Day()
        try day.submit(.movePhase(.item(1)))
        let record = try day.submit(.addParticipant(name: "Ny Person", department: "MTM"), by: .participant(id: nil))
        let id = SessionState.participantID(sequence: record.sequence)
        #expect(try day.plan(1).table(of: id) != nil)
    }

    @Test func movingAndRenamingAreUndoable() throws {
        var day = Day()
        try day.submit(.movePhase(.item(1)))
        let person = day.person("MSB person 3")
        let from = try #require(try day.plan(1).table(of: person)).number
        let to = from == 1 ? 2 : 1
        try day.submit(.moveToTable(participant: person, table: "Bord \(to)", item: nil))
        #expect(try day.plan(1).table(of: person)?.number == to)
        #expect(throws: SessionError("MSB person 3 already sits at Bord \(to)")) {
            try day.submit(.moveToTable(participant: person, table: String(to), item: nil))
        }
        try day.submit(.renameTable(table: "1", name: "  Vinduesbordet ", item: nil))
        #expect(try day.plan(1).tables[0].name == "Vinduesbordet")
        #expect(throws: SessionError("table 1 is already named 'Vinduesbordet'")) {
            try day.submit(.renameTable(table: "2", name: "vinduesbordet", item: nil))
        }
        #expect(throws: SessionError("item 2 has no table 'Bord 9'; its tables are: Vinduesbordet, Bord 2, Bord 3, Bord 4, Bord 5, Bord 6, Bord 7")) {
            try day.submit(.moveToTable(participant: person, table: "Bord 9", item: nil))
        }
        try day.submit(.undo)
        #expect(try day.plan(1).tables[0].name == "Bord 1")
        try day.submit(.undo)
        #expect(try day.plan(1).table(of: person)?.number == from)
    }

    @Test func notesCarryTheirTable() throws {
        var day = Day()
        try day.submit(.movePhase(.item(1)))
        let person = day.person("MTM person 2")
        let table = try #require(try day.plan(1).table(of: person))
        // Signed, from a kiosk person, given by hand, from a table kiosk.
        let signed = try day.submit(.addNote(NoteRequest(text: "a", author: .signed(name: "MTM person 2"))), by: .participant(id: nil))
        let kiosk = try day.submit(.addNote(NoteRequest(text: "b", author: .person(id: person))), by: .participant(id: person))
        let byHand = try day.submit(.addNote(NoteRequest(text: "c", group: "bord 3")), by: .participant(id: nil))
        let tableKiosk = try day.submit(.addNote(NoteRequest(text: "d", table: 5)), by: .participant(id: nil))
        let loose = try day.submit(.addNote(NoteRequest(text: "e")), by: .participant(id: nil))
        func group(_ record: EventRecord) -> String? { day.state.notes[SessionState.noteID(sequence: record.sequence)]?.group }
        #expect(group(signed) == String(table.number))
        #expect(group(kiosk) == String(table.number))
        #expect(group(byHand) == "3")
        #expect(group(tableKiosk) == "5")
        #expect(group(loose) == nil)
        #expect(throws: SessionError("item 2 has no table 'Bord 12'; its tables are: Bord 1, Bord 2, Bord 3, Bord 4, Bord 5, Bord 6, Bord 7")) {
            try day.submit(.addNote(NoteRequest(text: "f", group: "Bord 12")))
        }
        // A renamed table: its notes show the new name, and the board orders tables by number.
        try day.submit(.renameTable(table: "3", name: "Åen", item: nil))
        let note = try #require(day.state.notes[SessionState.noteID(sequence: byHand.sequence)])
        #expect(day.state.groupName(of: note) == "Åen")
        let board = BoardModel(day.state, item: 1, arrangement: .byTable)
        #expect(board.columns.map(\.kind) == [.table(nil)] + (1...7).map { .table($0 == 3 ? "Åen" : "Bord \($0)") })
    }

    @Test func anAnonymousItemKeepsTheTableButNotTheName() throws {
        let workshop = Workshop(title: "W", roster: [Person(name: "A", department: nil), Person(name: "B", department: nil), Person(name: "C", department: nil)], program: [
            ProgramItem(title: "D", minutes: 10, content: .discussion(Discussion(grouping: .mixed, groupSize: 2, questions: ["?"],
                                                                                  anonymousByDefault: true))),
        ])
        var state = SessionState(workshop: workshop)
        let (_, plan) = try Engine.decide(.planTables(item: 0, reshuffle: false), by: .facilitator, in: state, random: 1)
        try state.apply(Fixture.Log.record(plan, sequence: 1))
        let (_, note) = try Engine.decide(.addNote(NoteRequest(text: "x", author: .person(id: "r1"))), by: .participant(id: "r1"), in: state)
        let draft = try #require(note.as(NoteAdded.self)?.draft)
        #expect(draft.authorID == nil)
        #expect(draft.group == state.tablePlans[0]?.table(of: "r1").map { String($0.number) })
    }

    @Test(arguments: [
        (Command.planTables(item: 0, reshuffle: false), "item 1, 'Velkomst', is not a discussion, so it has no tables; the discussions are items 2, 3, 4, 5"),
        (Command.moveToTable(participant: "r1", table: "1", item: 2), "item 3 has no table plan yet; make one with `samskab groups`"),
        (Command.renameTable(table: "1", name: "x", item: 9), "there is no item 10; the program has items 1–5"),
        (Command.markAbsent(participant: "r99"), "there is no participant r99"),
        (Command.markPresent(participant: "r1"), "BA person 1 is already marked present"),
    ])
    func refusalsSayWhat(_ command: Command, _ message: String) throws {
        var day = Day()
        let before = day.state
        #expect(throws: SessionError(message)) { try day.submit(command) }
        #expect(day.state == before)
    }

    @Test func aPlanLineThatBreaksARuleIsRefusedWithWhy() throws {
        let state = SessionState(workshop: Self.day)
        func refusal(_ plan: PlannedTables, item: Int = 1) -> String? {
            var copy = state
            do {
                try copy.apply(Fixture.Log.record(Event(TablesPlanned(item: item, plan: plan)), sequence: 1))
                return nil
            } catch { return error.message }
        }
        let one = [PlannedTables.Entry(name: "Bord 1")]
        #expect(refusal(PlannedTables(seed: nil, tables: one, seats: [.init(participant: "r1", table: 2)]))
                == "a seat is at table 2, but the plan has 1")
        #expect(refusal(PlannedTables(seed: nil, tables: one, seats: [.init(participant: "r1", table: 1), .init(participant: "r1", table: 1)]))
                == "r1 has two seats in the plan")
        #expect(refusal(PlannedTables(seed: nil, tables: one + one, seats: [])) == "two tables are named 'Bord 1'")
        #expect(refusal(PlannedTables(seed: nil, tables: one, seats: [.init(participant: "p7", table: 1)])) == "there is no participant p7")
        #expect(refusal(PlannedTables(seed: nil, tables: one, seats: []), item: 0) == "item 1 is not a discussion, so it has no tables")
        #expect(refusal(PlannedTables(seed: nil, tables: [.init(name: "")], seats: [])) == "a table's name must be one line of 1–80 characters")
    }
}
