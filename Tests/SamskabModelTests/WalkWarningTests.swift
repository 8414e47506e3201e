import Testing
@testable import SamskabModel

/// `samskab check` on a walk with fewer boards than rounds: the warning says exactly which rounds
/// are at the boards and which are for the reflection question, as the planner will run them.
struct WalkWarningTests {
    static func warnings(people: Int, groupSize: Int, minutes: Int) -> [String] {
        let roster = (1...people).map { "  - name: Person \($0)\n    department: \(["A", "B"][$0 % 2])" }.joined(separator: "\n")
        let yaml = """
        title: Walk
        departments:
          - code: A
            name: Afdeling A
          - code: B
            name: Afdeling B
        roster:
        \(roster)
        program:
          - kind: discussion
            id: tables
            title: Drøftelse
            grouping: mixed
            group_size: \(groupSize)
            prompt: Hvad nu?
            minutes: 30
          - kind: gallery
            title: Fernisering
            visits: tables
            station_minutes: 5
            question: Hvad så?
            minutes: \(minutes)
        """
        let outcome = WorkshopParser.parse(text: yaml, file: "walk.yaml")
        return outcome.diagnostics.map(\.description).filter { $0.contains("(gallery)") }
    }

    @Test func theWarningSaysTheRoundsThatWillRun() {
        // 12 people at tables of 4: three tables, one board a pair did not make, four rounds.
        let few = Self.warnings(people: 12, groupSize: 4, minutes: 20)
        #expect(few.count == 1 && few[0].hasSuffix("so a pair can see 1 board it did not make: round 1 is at the boards and "
                                                   + "rounds 2–4 are for the reflection question (fewer rounds: a larger 'station_minutes')"),
                "\(few)")
        // 24 people at tables of 4: six tables, four boards; five rounds end with the one reflection
        // round a walk has anyway, six with two.
        #expect(Self.warnings(people: 24, groupSize: 4, minutes: 25).isEmpty)
        let two = Self.warnings(people: 24, groupSize: 4, minutes: 30)
        #expect(two.count == 1 && two[0].contains("rounds 1–4 are at the boards and rounds 5–6 are for the reflection question"), "\(two)")
        // Two tables: no board of another's, yet the walk still has a round at the boards.
        let none = Self.warnings(people: 8, groupSize: 4, minutes: 15)
        #expect(none.count == 1 && none[0].contains("0 boards it did not make: round 1 is at the boards and rounds 2–3 are"), "\(none)")
        // Enough boards: no warning.
        #expect(Self.warnings(people: 40, groupSize: 4, minutes: 20).isEmpty)
    }
}
