import Testing
@testable import SamskabModel

/// `page_seconds`: how long the wall shows each page of a board that does not fit.
struct PageSecondsTests {
    static let program = "program:\n  - kind: talk\n    title: Velkomst\n    minutes: 10\n"

    @Test func aWorkshopWithoutItTurnsEveryTenSeconds() throws {
        let outcome = WorkshopParser.parse(text: "title: Dag\n" + Self.program, file: "w.yaml")
        #expect(try #require(outcome.workshop).pageSeconds == 10)
    }

    @Test func theSettingIsRead() throws {
        let outcome = WorkshopParser.parse(text: "title: Dag\npage_seconds: 20\n" + Self.program, file: "w.yaml")
        #expect(outcome.diagnostics.isEmpty)
        #expect(try #require(outcome.workshop).pageSeconds == 20)
    }

    @Test func zeroIsRefusedWithItsPlace() {
        let outcome = WorkshopParser.parse(text: "title: Dag\npage_seconds: 0\n" + Self.program, file: "w.yaml")
        #expect(outcome.workshop == nil)
        #expect(outcome.diagnostics.map(\.description) == ["w.yaml:2:15: error: 'page_seconds' in the workshop must be more than zero; found 0"])
    }
}
