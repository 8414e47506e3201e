import PropertyBased
import SamskabModel
import Testing
@testable import SamskabSession
@testable import SamskabPlanning

/// Random large days (up to 20,000 people, plans of up to 1,000 tables, walks of up to 200
/// rounds) through the engine: every event it decides is written as a line and read back by the
/// journal reader as the same event, and folds. Plans for a room within `DayLimits.people` are
/// never refused: the planners keep within the limits; only a room larger than that is refused.
struct DayLimitsProperties {
    @Test func largeDaysReadBackEveryLine() async throws {
        await propertyCheck(count: 6, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            try Self.run(seed: UInt64(seed))
        }
        // The shapes of issue 22, whatever the luck of the random days.
        try Self.run(people: 2_002, groupSize: 2, walkMinutes: 30, stationMinutes: 5, seed: 1)
        try Self.run(people: 220, groupSize: 2, walkMinutes: 100, stationMinutes: 1, seed: 2)
        try Self.run(people: 10_001, groupSize: 30, walkMinutes: 30, stationMinutes: 10, seed: 3)
    }

    static func run(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let people = [random.below(20_001), 1_000 + random.below(3_000), random.below(600)][random.below(3)]
        try run(people: people, groupSize: 2 + random.below(29), walkMinutes: 1 + random.below(480),
                stationMinutes: 1 + random.below(10), seed: seed)
    }

    static func workshop(people: Int, groupSize: Int, walkMinutes: Int, stationMinutes: Int, seed: UInt64) -> Workshop {
        var random = SeededRandom(seed: seed)
        let departments = (1...12).map { Department(code: "D\($0)", name: "Afdeling \($0)") }
        let roster = (0..<people).map { Person(name: "Person \($0)", department: departments[random.below(12)].code) }
        return Workshop(
            title: "Stor dag", departments: departments, roster: roster,
            program: [
                ProgramItem(title: "Velkomst", minutes: 10, content: .talk(Talk())),
                ProgramItem(title: "Blandet", minutes: 30, content: .discussion(Discussion(groupSize: groupSize, questions: ["Hvorfor?"]))),
                ProgramItem(title: "Afdelinger", minutes: 30,
                            content: .discussion(Discussion(grouping: .department, groupSize: groupSize, questions: ["Hvordan?"]))),
                ProgramItem(title: "Fernisering", minutes: walkMinutes,
                            content: .gallery(Gallery(visitsItem: 1, stationMinutes: min(stationMinutes, walkMinutes), question: "Hvad så?"))),
            ])
    }

    static func run(people: Int, groupSize: Int, walkMinutes: Int, stationMinutes: Int, seed: UInt64) throws {
        let workshop = workshop(people: people, groupSize: groupSize, walkMinutes: walkMinutes, stationMinutes: stationMinutes, seed: seed)
        var state = SessionState(workshop: workshop)
        var records: [EventRecord] = []
        let commands: [Command] = [
            .movePhase(.item(1)), .addParticipant(name: "Sen Ankomst", department: "D1"),
            .planTables(item: 1, reshuffle: true), .planTables(item: 2, reshuffle: false),
            .markAbsent(participant: "r1"), .planPairs(item: 3, reshuffle: true),
            .movePhase(.item(3)), .joinPair(participant: "r1", item: 3), .markPresent(participant: "r1"),
        ]
        for (index, command) in commands.enumerated() {
            let decided: (Actor, Event)
            do {
                decided = try Engine.decide(command, by: .facilitator, in: state, random: seed &+ UInt64(index))
            } catch {
                #expect(!error.message.isEmpty && !error.danish.isEmpty)
                // The planners keep within the limits: only a room over DayLimits.people meets them.
                if state.presentParticipants.count < DayLimits.people {
                    #expect(!["the plan would", "the walk would", "samskab would"].contains { error.message.hasPrefix($0) },
                            "\(state.presentParticipants.count) people: \(error.message)")
                }
                if case .planTables = command {
                    #expect(state.presentParticipants.count > DayLimits.people,
                            "a plan for \(state.presentParticipants.count) people was refused: \(error.message)")
                }
                continue
            }
            let record = Fixture.Log.record(decided.1, sequence: records.count + 1, by: decided.0)
            let line = record.line()
            let reread: EventRecord
            do {
                reread = try EventRecord(line: line.dropLast()[...])
            } catch {
                Issue.record("\(people) people: a \(decided.1.typeName) line of \(line.count) bytes does not read back: \(error)")
                continue
            }
            #expect(reread == record, "a \(decided.1.typeName) line reads back as another event")
            // The event types check the state again (an absent person joins no pair): a refusal changes nothing.
            var next = state
            do {
                try next.apply(reread)
            } catch {
                #expect(next == state, "a refused \(decided.1.typeName) changed the state")
                continue
            }
            state = next
            records.append(reread)
            if let plan = state.tablePlans[1] { #expect(plan.tables.count <= DayLimits.tables) }
        }
        #expect(try SessionState.fold(workshop, records) == state, "the day's lines fold to the same state")
        if people <= DayLimits.people {
            #expect(state.tablePlans[1] != nil && state.tablePlans[2] != nil, "\(people) people: a plan was not made")
        }
    }
}
