import Testing
@testable import SamskabModel

/// Issue 22: no input within the size caps costs more than linear time, and what a message
/// leaves out is counted right.
struct LinearReaderTests {
    @Test func aRosterHeaderOfThousandsOfColumnsIsRefusedAtOnce() {
        // 32,000 separators took `check` 163 s: each unused column was located from the line's start.
        let csv = "name;department" + String(repeating: ";x", count: 32_000) + "\nÅse;MBU\n"
        var outcome: WorkshopParser.Outcome?
        let seconds = HostileDefinitionTests.seconds { outcome = RosterCSVTests.parse(csv: Array(csv.utf8)) }
        #expect(seconds < 1, "\(seconds) s")
        #expect(outcome?.diagnostics.map(\.description) == [
            "dir/folk.csv:1:1: error: the roster file's first line has 32002 columns; a roster has at most \(DayLimits.rosterColumns) "
                + "(the columns read are name and department); is it the right file?",
        ])
    }

    @Test func aRosterRowOfThousandsOfColumnsIsRefused() {
        let csv = "name;department\nÅse;MBU" + String(repeating: ";", count: 30_000) + "\nBo;MSO\n"
        var outcome: WorkshopParser.Outcome?
        let seconds = HostileDefinitionTests.seconds { outcome = RosterCSVTests.parse(csv: Array(csv.utf8)) }
        #expect(seconds < 1, "\(seconds) s")
        #expect(outcome?.errors.map(\.description) == [
            "dir/folk.csv:2:1: error: this roster row has 30002 columns; a roster has at most \(DayLimits.rosterColumns)",
        ])
        #expect(outcome?.workshop == nil)
    }

    @Test func unusedColumnsWithinTheBoundAreWarnedAboutWhereTheyAre() {
        let outcome = RosterCSVTests.parse(csv: Array("name;department;phone;mail\nÅse;MBU;1;a\n".utf8))
        #expect(outcome.diagnostics.map(\.description) == [
            "dir/folk.csv:1:17: warning: the roster column 'phone' is not used; the columns read are name and department",
            "dir/folk.csv:1:23: warning: the roster column 'mail' is not used; the columns read are name and department",
        ])
    }

    @Test func problemsLeftOutOfARosterAreCountedOneByOne() {
        // 1,000 rows in an unknown department: 200 are listed, and the message counts the other 800.
        let csv = "name;department\n" + (1...1_000).map { "Person \($0);XYZ\n" }.joined()
        let outcome = RosterCSVTests.parse(csv: Array(csv.utf8))
        let last = outcome.diagnostics.last?.message ?? ""
        #expect(outcome.diagnostics.count == DiagnosticLog.limit + 1)
        #expect(last.hasPrefix("800 more problems from here on are not listed"), "\(last)")
    }
}

/// `samskab check` on a day whose plans would reach the journal's bounds (`DayLimits`).
struct DayLimitsCheckTests {
    static func definition(people: Int, groupSize: Int, walk: String = "") -> String {
        "title: Dag\nroster:\n" + (0..<people).map { "  - name: P\($0)\n" }.joined()
            + "program:\n  - kind: discussion\n    title: Snak\n    minutes: 30\n    group_size: \(groupSize)\n    questions: [Hvorfor?]\n" + walk
    }

    @Test func aRoomOfMoreTablesThanAPlanHoldsIsWarnedAbout() {
        let outcome = WorkshopParser.parse(text: Self.definition(people: 2_002, groupSize: 2))
        #expect(outcome.workshop != nil)
        #expect(outcome.warnings.map(\.message).contains {
            $0.contains("which makes 1001 tables; a plan has at most 1000, so up to 3 people will sit at each")
        }, "\(outcome.warnings)")
    }

    @Test func aRosterLargerThanASessionHoldsIsAnError() {
        let outcome = WorkshopParser.parse(text: Self.definition(people: DayLimits.people + 1, groupSize: 30))
        #expect(outcome.errors.map(\.message).contains { $0.hasPrefix("the roster has 10001 people; a session holds at most 10000") },
                "\(outcome.errors.prefix(3))")
    }

    @Test func aWalkOfMoreVisitsThanAListHoldsIsWarnedAbout() {
        let walk = "  - kind: gallery\n    title: Fernisering\n    minutes: 100\n    station_minutes: 1\n    question: Hvad så?\n"
        let outcome = WorkshopParser.parse(text: Self.definition(people: 220, groupSize: 2, walk: walk))
        #expect(outcome.warnings.map(\.message).contains { $0.contains("110 pairs for 100 rounds would make 11000 visits") },
                "\(outcome.warnings)")
    }
}
