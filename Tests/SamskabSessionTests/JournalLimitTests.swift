import Foundation
import SamskabModel
import Testing
@testable import SamskabSession
@testable import SamskabPlanning
import SamskabJournalLine

/// Issue 22: every line an event type writes fits the reader's bounds (reading in linear time is
/// `JournalLineBoundsTests`, with the line format).
struct JournalLimitTests {
    @Test func everyEventTypeWritesFewerKeysThanTheBound() throws {
        for type in EventTypes.all {
            for event in type.examplesAsEvents {
                let record = Fixture.Log.record(event, sequence: 1)
                let object = try JournalJSON.parse(record.line().dropLast()[...])
                #expect(object.fields.count <= DayLimits.keysPerLine, "\(event.typeName)")
                for case .list(let rows) in object.fields.map(\.value) {
                    for case .object(let row) in rows { #expect(row.fields.count <= DayLimits.keysPerRow) }
                }
            }
        }
    }

    @Test func theLimitsTheReaderHoldsAreTheDays() {
        #expect(JournalJSON.maximumListLength == DayLimits.listEntries)
        #expect(PlannedTables.largestTableCount == DayLimits.tables)
        #expect(PlannedPairs.largestRoundCount == DayLimits.rounds)
        #expect(RotationPlanner.maximumRounds == DayLimits.rounds)
        #expect(Cluster.largestNoteCount == DayLimits.listEntries)
    }

    @Test func nobodyJoinsADayThatIsFull() throws {
        var workshop = Fixture.workshop
        workshop.roster = (0..<DayLimits.people).map { Person(name: "Person \($0)", department: "MBU") }
        let state = SessionState(workshop: workshop)
        for command in [Command.addParticipant(name: "Én til", department: "MBU"),
                        .addNote(NoteRequest(text: "hej", author: .signed(name: "Helt Ny")))] {
            do {
                _ = try Engine.decide(command, by: .facilitator, in: state)
                Issue.record("a person past \(DayLimits.people) was let in")
            } catch {
                #expect(error.message.contains("the most one session can hold (\(DayLimits.people))"), "\(error.message)")
                #expect(error.danish.contains("det højeste antal en session kan rumme"))
            }
        }
        // Someone already on the roster still writes.
        _ = try Engine.decide(.addNote(NoteRequest(text: "hej", author: .signed(name: "Person 7"))), by: .facilitator, in: state)
    }
}

extension EventPayload {
    static var examplesAsEvents: [Event] { examples.map { Event($0) } }
}

/// Issue 22: a table's name hand-edited into a plan (`tables.planned`, `phase.moved`) is cleaned
/// as it is read, like every other text of a line, so no escape reaches `groups`, `pairs` or an export.
struct HandEditedTableNameTests {
    static let head = #"{"v":2,"seq":1,"id":"a","time":"2019-08-30T09:41:07.823Z","writer":"w","actor":"facilitator","#

    @Test(arguments: [
        #""type":"tables.planned","item":2,"tables":[{"name":"\u001b]0;ejet\u0007Bord \u001b[31m1\u202e"}],"seats":[{"participant":"r1","table":1}]}"#,
        #""type":"phase.moved","item":2,"tables":[{"name":"\u001b]0;ejet\u0007Bord \u001b[31m1\u202e"}],"seats":[{"participant":"r1","table":1}]}"#,
    ])
    func escapesInAPlannedTablesNameAreRemovedOnRead(_ payload: String) throws {
        let record = try EventRecord(line: Array((Self.head + payload).utf8)[...])
        var state = SessionState(workshop: Fixture.workshop)
        try state.apply(record)
        let name = try #require(state.tablePlans[1]?.tables.first?.name)
        #expect(name == "Bord 1")
        #expect(!name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
    }
}

/// Issue 22, the smaller items: states no command makes are refused on read too, and length
/// messages count what they limit.
struct SmallerProofTests {
    @Test func aVotingCapOverItsDotsIsRefusedOnRead() throws {
        var workshop = Fixture.workshop
        workshop.program[3] = ProgramItem(title: "Opsamling", minutes: 20, content: .harvest(Harvest(prompts: ["Det vigtigste er…"])))
        var state = SessionState(workshop: workshop)
        let record = Fixture.Log.record(Event(VotingOpened(item: 3, target: .notes, dots: 3, maxPerNote: 5)), sequence: 1)
        #expect(throws: SessionError.self) { try state.apply(record) }
        #expect(state.votings[3] == nil)
    }

    @Test func aNameOfHiddenMarksIsMeasuredInBytesNotAsOneCharacter() {
        for name in ["x" + String(repeating: "\u{0301}", count: 400), String(repeating: "👨‍👩‍👧‍👦", count: 30)] {
            do {
                _ = try NoteText.cleanName(name, what: "the name")
                Issue.record("\(name.utf8.count) bytes were accepted")
            } catch {
                #expect(error.message.hasPrefix("the name takes \(name.utf8.count) bytes; the limit is 640"), "\(error.message)")
                #expect(!error.message.contains("characters long"))
            }
        }
    }

    @Test func aReshuffleToFewerTablesClearsTheWalkOverThem() throws {
        var workshop = EngineProperties.workshop
        workshop.roster += (0..<6).map { Person(name: "Ekstra \($0)", department: $0 % 2 == 0 ? "MBU" : "MSO") }
        var state = SessionState(workshop: workshop)
        var sequence = 0
        func run(_ command: Command) throws {
            let (actor, event) = try Engine.decide(command, by: .facilitator, in: state, random: 7)
            sequence += 1
            try state.apply(Fixture.Log.record(event, sequence: sequence, by: actor))
        }
        try run(.planTables(item: 1, reshuffle: false))
        try run(.planPairs(item: 4, reshuffle: false))
        let tables = try #require(state.tablePlans[1]).tables.count
        let visited = Set(try #require(state.pairPlans[4]).visits.flatMap { $0.compactMap { $0 } })
        #expect(visited.contains(tables), "the walk visits the last table")
        for person in state.participants.values.prefix(6) { try run(.markAbsent(participant: person.id)) }
        let before = state
        try run(.planTables(item: 1, reshuffle: true))
        let fewer = try #require(state.tablePlans[1]).tables.count
        #expect(fewer < tables)
        #expect(state.pairPlans[4] == nil, "a route to tables that are gone was kept")
        try run(.undo)
        #expect(state.pairPlans[4] == before.pairPlans[4] && state.tablePlans[1] == before.tablePlans[1])
    }
}
