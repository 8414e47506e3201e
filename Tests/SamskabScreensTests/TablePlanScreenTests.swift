import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The table plan on the wall: 40 people in six departments at tables of 6, at three sizes.
struct TablePlanScreenTests {
    static func frame(_ state: SessionState, view: ((inout ProjectorView) -> Void)? = nil) -> ProjectorFrame {
        var projectorView = ProjectorView(language: .danish)
        projectorView.showPlan = true
        view?(&projectorView)
        return ProjectorFrame(state: state, view: projectorView, now: ScreenFixture.at(12), utcOffsetSeconds: ScreenFixture.offset)
    }

    @Test func theSnapshotsAtThreeSizes() throws {
        let frame = Self.frame(TableFixture.planned())
        for (width, height) in ProjectorSnapshotTests.sizes {
            let canvas = ProjectorScreen.render(frame, width: width, height: height)
            try Snapshot.check(canvas.lines, named: "table-plan-\(width)x\(height)")
            BoxIntegrity.check(canvas, cornersMatch: true)
        }
    }

    /// The board by table (notes from three tables, one without a table) and who is here.
    @Test func boardByTableAndWhoIsHereSnapshots() throws {
        var state = TableFixture.planned()
        let plan = try #require(state.tablePlans[1])
        let notes: [(Int?, String, Int?)] = [
            (1, "Vi krydser grænser når borgeren står i midten", 1), (3, "Fælles mål frem for fælles møder", 2),
            (3, "Tid til at lære hinanden at kende", 1), (6, "Mod til at give slip på egne budgetter", 2),
            (nil, "Referentens note uden bord", nil),
        ]
        for (table, text, question) in notes {
            let author = table.flatMap { plan.table(number: $0)?.members.first }
            state = TableFixture.apply(.addNote(NoteRequest(text: text, author: author.map { .person(id: $0) } ?? .anonymous,
                                                            question: question)),
                                       by: author.map { .participant(id: $0) } ?? .facilitator, to: state)
        }
        for (width, height) in ProjectorSnapshotTests.sizes {
            let board = ProjectorScreen.render(Self.frame(state) { $0.showPlan = false; $0.tableItems = [state.position] },
                                               width: width, height: height)
            try Snapshot.check(board.lines, named: "board-by-table-\(width)x\(height)")
            BoxIntegrity.check(board, cornersMatch: true)
        }
        let absent = TableFixture.apply(.markAbsent(participant: TableFixture.id("Anne Vest", in: state)), to: state)
        var list = AttendanceList()
        list.selected = 1
        let people = ProjectorScreen.render(Self.frame(absent) { $0.attendance = list }, width: 80, height: 24)
        try Snapshot.check(people.lines, named: "attendance-80x24")
        BoxIntegrity.check(people, cornersMatch: true)
    }

    @Test func everyPersonPresentIsOnTheWallAtEverySize() throws {
        let state = TableFixture.planned()
        let plan = try #require(state.tablePlans[1])
        #expect(plan.tables.count == 7 && plan.seatedCount == 40)
        for (width, height) in ProjectorSnapshotTests.sizes {
            let text = ProjectorScreen.render(Self.frame(state), width: width, height: height).lines.joined(separator: "\n")
            for table in plan.tables { #expect(text.contains(table.name), "\(table.name) at \(width)×\(height)") }
            for person in state.participants.values {
                // In full, or shortened to the first name at the least.
                let first = String(person.name.split(separator: " ")[0])
                #expect(text.contains(person.name) || text.contains(first), "\(person.name) at \(width)×\(height)")
            }
            #expect(!text.contains("side 1/"), "one page at \(width)×\(height)")
            #expect(text.contains("40 personer ved 7 borde"))
        }
        let large = ProjectorScreen.render(Self.frame(state), width: 200, height: 60).lines.joined(separator: "\n")
        for person in state.participants.values { #expect(large.contains(person.name), "in full at 200×60: \(person.name)") }
    }

    @Test func namesAreShortenedSensibly() {
        #expect(NameFit.fit("Helle Bach Lauridsen", to: 20) == "Helle Bach Lauridsen")
        #expect(NameFit.fit("Helle Bach Lauridsen", to: 19) == "Helle B. Lauridsen")
        #expect(NameFit.fit("Helle Bach Lauridsen", to: 16) == "Helle Lauridsen")
        #expect(NameFit.fit("Helle Bach Lauridsen", to: 10) == "Helle L.")
        #expect(NameFit.fit("Jens Peter Bøgh-Andersen", to: 10) == "Jens B.-A.")
        #expect(NameFit.fit("Vibeke Schmidt-Hansen", to: 10) == "Vibeke S.")
        #expect(NameFit.fit("Marianne Juul Østergaard-Kristensen", to: 10) == "Marianne")
        #expect(NameFit.fit("Marianne Juul Østergaard-Kristensen", to: 6) == "Maria…")
        #expect(NameFit.fit("Madonna", to: 4) == "Mad…")
    }

    @Test func aPlanTooLargeForTheWallPages() throws {
        // 120 people at tables of 6 (20 tables) on an 80×24 wall.
        var state = SessionState(workshop: TableFixture.workshop)
        let first = ["Anna", "Bent", "Cecilie", "Dan", "Eva", "Frede", "Grethe", "Hans", "Inge", "Jørgen"]
        let last = ["Andersen", "Bertelsen", "Christoffersen", "Damgaard", "Eriksen", "Frandsen", "Gregersen", "Hald"]
        for index in 0..<80 {
            state = TableFixture.apply(.addParticipant(name: first[index % 10] + " " + last[index / 10],
                                                       department: ["MBU", "MSO", "BA"][index % 3]), to: state)
        }
        state = TableFixture.apply(.movePhase(.next), to: state)
        let plan = try #require(state.tablePlans[1])
        #expect(plan.tables.count == 20)
        var view = ProjectorView(language: .danish)
        view.showPlan = true
        let pages = ProjectorScreen.pageCount(state: state, view: view, size: (80, 24))
        #expect(pages >= 2)
        var seen: Set<String> = []
        for page in 0..<pages {
            let text = ProjectorScreen.render(Self.frame(state) { $0.planPage = page }, width: 80, height: 24).lines.joined(separator: "\n")
            #expect(text.contains("side \(page + 1)/\(pages) (PgUp/PgDn)"))
            for table in plan.tables where text.contains("─ \(table.name) ─") || text.contains(" \(table.name) ") { seen.insert(table.name) }
        }
        #expect(seen == Set(plan.tables.map(\.name)), "every table is on some page")
        // PgDn and PgUp page through the plan, within its pages.
        _ = ProjectorController.handle(.pageDown, view: &view, state: state, size: (80, 24))
        #expect(view.planPage == 1)
        for _ in 0..<30 { _ = ProjectorController.handle(.pageDown, view: &view, state: state, size: (80, 24)) }
        #expect(view.planPage == pages - 1)
        _ = ProjectorController.handle(.pageUp, view: &view, state: state, size: (80, 24))
        #expect(view.planPage == pages - 2)
    }

    @Test func aDepartmentPlanNamesItsTablesAfterTheDepartments() throws {
        let state = TableFixture.state([.movePhase(.item(2))])
        let small = ProjectorScreen.render(Self.frame(state), width: 80, height: 24)
        try Snapshot.check(small.lines, named: "table-plan-department-80x24")
        BoxIntegrity.check(small, cornersMatch: true)
        let text = ProjectorScreen.render(Self.frame(state), width: 120, height: 40).lines.joined(separator: "\n")
        #expect(text.contains("Børn og Unge") && text.contains("Teknik og Miljø"))
        #expect(!text.contains("(MBU)") && !text.contains(" MBU\n"), "a department's own code is not repeated at its table")
    }

    @Test func theWholeRoomAtOneTableFlowsIntoColumns() throws {
        // A room discussion planned with `g`: one table of 40 on an 80×24 wall.
        let state = TableFixture.state([.movePhase(.item(3)), .planTables(item: nil, reshuffle: false)])
        let plan = try #require(state.tablePlans[3])
        #expect(plan.tables.count == 1 && plan.seatedCount == 40)
        let canvas = ProjectorScreen.render(Self.frame(state), width: 80, height: 24)
        try Snapshot.check(canvas.lines, named: "table-plan-room-80x24")
        BoxIntegrity.check(canvas, cornersMatch: true)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("Hele rummet"))
        for person in state.participants.values {
            #expect(text.contains(String(person.name.split(separator: " ")[0])), "\(person.name)")
        }
    }

    @Test func withoutColourOrUnicodeThePlanStillReads() {
        let state = TableFixture.planned()
        let text = ProjectorScreen.render(Self.frame(state) { $0.ascii = true }, width: 120, height: 40).lines.joined(separator: "\n")
        #expect(!text.contains("┌") && text.contains("+- Bord 1 "))
        var english = Self.frame(state)
        english.view.language = .english
        let wall = ProjectorScreen.render(english, width: 120, height: 40).lines.joined(separator: "\n")
        #expect(wall.contains("TABLE PLAN") && wall.contains("40 people at 7 tables") && wall.contains("G reshuffle"))
    }

    @Test func someoneWithoutASeatIsNamed() {
        // Marked present after being absent when the plan was made: the engine seats them; a
        // person added to a department plan with no table of theirs has no seat, and the wall says so.
        var state = TableFixture.state([.movePhase(.item(2))])
        state = TableFixture.apply(.addParticipant(name: "Ny Person", department: nil), to: state)
        let text = ProjectorScreen.render(Self.frame(state), width: 120, height: 40).lines.joined(separator: "\n")
        #expect(text.contains("1 uden plads: Ny Person"))
    }
}
