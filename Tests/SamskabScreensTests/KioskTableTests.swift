import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The kiosk and tables: where you sit, and the table kiosk (`join --table N`).
struct KioskTableTests {
    func press(_ keys: [Key], _ view: inout KioskView, _ state: SessionState) -> [KioskEffect] {
        keys.flatMap { KioskController.handle($0, view: &view, state: state) }
    }

    func screen(_ state: SessionState, _ view: KioskView, width: Int = 80, height: Int = 24) -> String {
        KioskScreen.render(KioskFrame(state: state, view: view, now: ScreenFixture.at(12), utcOffsetSeconds: ScreenFixture.offset),
                           width: width, height: height).lines.joined(separator: "\n")
    }

    static func names(_ choices: [KioskController.NameChoice]) -> [String] {
        choices.compactMap { choice in
            if case .person(let person) = choice { return person.name }
            return nil
        }
    }

    @Test func aTableKioskListsItsTablesPeopleFirst() throws {
        let state = TableFixture.planned()
        let table = try #require(state.tablePlans[1]?.table(number: 2))
        let view = KioskView(language: .danish, pin: "1234", table: 2)
        let names = Self.names(KioskController.choices(view, state: state))
        let atTable = table.members.compactMap { state.participants[$0]?.name }
        #expect(Array(names.prefix(atTable.count)) == DanishOrder.sorted(atTable), "the table's people first, in Danish order")
        #expect(names.count == 40, "then everyone else")
        #expect(Array(names.dropFirst(atTable.count)) == DanishOrder.sorted(names.filter { !atTable.contains($0) }))
        let text = screen(state, view)
        #expect(text.hasPrefix(" Bord 2  ·  "), "the header says which table")
        #expect(text.contains("Folk ved Bord 2 står øverst"))
        // An ordinary kiosk lists everyone in Danish order.
        let plain = Self.names(KioskController.choices(KioskView(language: .danish, pin: "1234"), state: state))
        #expect(plain == DanishOrder.sorted(plain))
        #expect(!screen(state, KioskView(language: .danish, pin: "1234")).contains("Bord"))
    }

    @Test func afterPickingANameItSaysWhereYouSit() throws {
        let state = TableFixture.planned()
        var view = KioskView(language: .danish, pin: "1234")
        _ = press([.text("Kirsten"), .enter], &view, state)
        #expect(view.identity?.name == "Kirsten Ødum")
        let seat = try #require(state.tablePlans[1]?.table(of: TableFixture.id("Kirsten Ødum", in: state)))
        #expect(screen(state, view).contains("Du sidder ved \(seat.name)"))
        var english = KioskView(language: .english, pin: "1234")
        _ = press([.text("Kirsten"), .enter], &english, state)
        #expect(screen(state, english).contains("You sit at \(seat.name)"))
        // Anonymous, or on an item without a plan, there is nothing to say.
        var anonymous = KioskView(language: .danish, pin: "1234")
        _ = press([.text("zzz"), .down, .enter], &anonymous, state)
        #expect(anonymous.identity == .anonymous)
        #expect(!screen(state, anonymous).contains("Du sidder ved"))
        let harvest = TableFixture.state([.movePhase(.item(4))])
        #expect(!screen(harvest, view).contains("Du sidder ved"))
    }

    @Test func everyNoteFromATableKioskCarriesItsTable() throws {
        let state = TableFixture.planned()
        // Anonymous at table 2.
        var view = KioskView(language: .danish, pin: "1234", table: 2)
        _ = press([.text("zzz"), .down, .enter], &view, state)
        let anonymous = press([.text("Vi mødes på tværs"), .enter], &view, state)
        #expect(anonymous == [.submit(.addNote(NoteRequest(text: "Vi mødes på tværs", table: 2)))])
        #expect(Asked.resolve(anonymous, view: view, state: state)
                == [.append(.participant, .noteAdded(NoteDraft(text: "Vi mødes på tværs", group: "2", item: 1)))])
        // A person seated elsewhere who writes at table 2's kiosk: the kiosk's table.
        let table5 = try #require(state.tablePlans[1]?.table(number: 5)?.members.first)
        let person = try #require(state.participants[table5])
        var named = KioskView(language: .danish, pin: "1234", table: 2)
        named.identity = KioskView.Identity(participant: person.id, name: person.name, department: person.department)
        named.stage = .writing
        let effects = press([.text("Fra bord 2"), .enter], &named, state)
        #expect(effects == [.submit(.addNote(NoteRequest(text: "Fra bord 2", author: .person(id: person.id), table: 2)))])
        guard case .append(_, let event) = Asked.resolve(effects, view: named, state: state).first else {
            Issue.record("the engine takes the note")
            return
        }
        #expect(event.as(NoteAdded.self)?.draft.group == "2")
        #expect(screen(state, named).contains("Du sidder ved Bord 5  ·  noter herfra lægges på Bord 2"),
                "where the person sits, and where the note went: the screen says what the engine did")
        // The next person at the same kiosk: still table 2.
        named.reset()
        #expect(named.table == 2 && named.identity == nil)
    }

    /// On a discussion by department a person's table is their department's: a table kiosk files a
    /// seated person's note where its screen says they sit, not under the laptop's table.
    @Test func onADepartmentDiscussionTheNoteGoesWhereTheScreenSaysYouSit() throws {
        let state = TableFixture.state([.movePhase(.item(2))])
        let plan = try #require(state.tablePlans[2])
        let kioskTable = try #require(plan.tables.first { $0.number == 2 })
        let other = try #require(plan.tables.first { $0.number != 2 && !$0.members.isEmpty })
        let person = try #require(state.participants[other.members[0]])
        var view = KioskView(language: .danish, pin: "1234", table: 2)
        view.identity = KioskView.Identity(participant: person.id, name: person.name, department: person.department)
        view.stage = .writing
        let text = screen(state, view, width: 120)
        #expect(text.contains("Du sidder ved \(other.name)") && !text.contains("lægges på"), "\(text)")
        let effects = press([.text("Fra afdelingen"), .enter], &view, state)
        guard case .append(_, let event) = Asked.resolve(effects, view: view, state: state).first else {
            Issue.record("the engine takes the note")
            return
        }
        #expect(event.as(NoteAdded.self)?.draft.group == String(other.number), "not \(kioskTable.name)")
        // Anonymous at the same kiosk: the kiosk's table, as before.
        var anonymous = KioskView(language: .danish, pin: "1234", table: 2)
        _ = press([.text("zzz"), .down, .enter, .text("Uden navn"), .enter], &anonymous, state)
        #expect(anonymous.identity == .anonymous)
        #expect(KioskTable.noteTable(anonymous, state: state) == 2)
    }

    @Test func theKioskFollowsARenamedTable() {
        let state = TableFixture.state([.movePhase(.next), .renameTable(table: "2", name: "Vinduesbordet", item: nil)])
        let view = KioskView(language: .danish, pin: "1234", table: 2)
        #expect(screen(state, view).hasPrefix(" Vinduesbordet  ·  "))
        // On a talk there is no plan: the table is named by its number.
        #expect(screen(TableFixture.state([]), view).hasPrefix(" Bord 2  ·  "))
    }

    @Test(arguments: ["name", "writing"])
    func tableKioskSnapshots(_ name: String) throws {
        let state = TableFixture.planned()
        var view = KioskView(language: .danish, pin: "1234", table: 2)
        if name == "writing" {
            _ = press([.text("Kirsten"), .enter, .down, .text("Vi deler viden på tværs")], &view, state)
        }
        for (width, height) in [(80, 24), (120, 40)] {
            let canvas = KioskScreen.render(KioskFrame(state: state, view: view, now: ScreenFixture.at(12),
                                                       utcOffsetSeconds: ScreenFixture.offset), width: width, height: height)
            try Snapshot.check(canvas.lines, named: "kiosk-table-\(name)-\(width)x\(height)")
            BoxIntegrity.check(canvas, cornersMatch: true)
        }
    }
}
