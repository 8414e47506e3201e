import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The participant kiosk's keys and screens.
struct KioskTests {
    static func discussion() -> SessionState { ScreenFixture.discussionState() }

    func press(_ keys: [Key], _ view: inout KioskView, _ state: SessionState) -> [KioskEffect] {
        keys.flatMap { KioskController.handle($0, view: &view, state: state) }
    }

    @Test func theRosterIsInDanishOrderAndFiltersAsYouType() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        let names = KioskController.choices(view, state: state).compactMap { choice -> String? in
            if case .person(let name, _) = choice { return name } else { return nil }
        }
        #expect(names.suffix(3) == ["Søren Ærbø", "Øjvind Ågesen", "Åse Østergaard"], "Æ, Ø, Å last")
        #expect(DanishOrder.sorted(["Aagaard", "Zink", "Ærø", "Ølund", "Ahl"]) == ["Ahl", "Zink", "Ærø", "Ølund", "Aagaard"])
        _ = press([.text("ø"), .text("j")], &view, state)
        #expect(KioskController.choices(view, state: state).first == .person("Øjvind Ågesen", "BA"))
        _ = press([.enter], &view, state)
        #expect(view.stage == .writing)
        #expect(view.identity == KioskView.Identity(name: "Øjvind Ågesen", department: "BA"))
    }

    @Test func aNewPersonJoinsTheRoster() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        _ = press([.text("Bo Ærbø")], &view, state)
        // The filter matches nobody: the first choice is "I am not on the list".
        #expect(KioskController.choices(view, state: state).first == .newPerson)
        let effects = press([.enter, .enter, .down, .enter], &view, state)
        #expect(effects == [.append(.participant, .participantAdded(name: "Bo Ærbø", department: "MBU"))])
        #expect(view.identity == KioskView.Identity(name: "Bo Ærbø", department: "MBU"))
    }

    @Test func writingANoteToAChosenQuestion() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = KioskView.Identity(name: "Åse Østergaard", department: "MKB")
        view.stage = .writing
        let effects = press([.down, .down, .text("Æblegrød på Ærø"), .newline, .text("🍎"), .enter], &view, state)
        #expect(effects == [.append(.participant, .noteAdded(NoteDraft(text: "Æblegrød på Ærø\n🍎", author: "Åse Østergaard",
                                                                        department: "MKB", item: 8, question: 2)))])
    }

    @Test func upFromTheFirstQuestionIsGeneral() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        view.stage = .writing
        _ = press([.down, .down, .up], &view, state)
        #expect(view.question == 1)
        _ = press([.up], &view, state)
        #expect(view.question == nil)
        _ = press([.up], &view, state)
        #expect(view.question == nil)
    }

    @Test func aPasteOfSeveralLinesDoesNotSubmit() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = KioskView.Identity(name: nil, department: nil)
        view.stage = .writing
        let effects = press([.pasteBegin, .text("første linje"), .enter, .text("anden\u{1B}[31m linje"), .pasteEnd], &view, state)
        #expect(effects == [])
        #expect(view.draft.text == "første linje\nanden[31m linje", "the escape character itself never gets in")
        let saved = press([.enter], &view, state)
        #expect(saved == [.append(.participant, .noteAdded(NoteDraft(text: "første linje\nanden[31m linje", item: 8, question: nil)))])
    }

    @Test func controlKeysDoNothingAndLeavingNeedsTheCode() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "2468")
        #expect(press([.control("c"), .control("z"), .text("q")], &view, state) == [])
        #expect(view.stage == .pickName)
        #expect(press([.control("x"), .text("1111"), .enter], &view, state) == [])
        #expect(view.message == "Forkert kode")
        #expect(press([.control("x"), .text("2468"), .enter], &view, state) == [.leave])
    }

    @Test func onlyYourOwnNotesCanBeEditedOrWithdrawn() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = KioskView.Identity(name: "Åse Østergaard", department: "MKB")
        view.stage = .writing
        #expect(KioskController.ownNotes(view, state: state).map(\.id) == ["n2"], "Åse's note, not the others'")
        _ = press([.tab, .enter], &view, state)
        #expect(view.editing == "n2")
        let edit = press([.end, .text("!"), .enter], &view, state)
        #expect(edit == [.append(.participant, .noteEdited(note: "n2", text: "Æblegrød på Ærø 🍎 — samskabelse!"))])
        view.editing = nil
        view.draft.clear()
        let withdraw = press([.tab, .text("d"), .text("j")], &view, state)
        #expect(withdraw == [.append(.participant, .noteWithdrawn(note: "n2"))])
    }

    @Test func onATalkTheKioskSaysWhenNotesOpenAndKeepsTheDraft() {
        var script = ScreenFixture.Script()
        script.add(.timerStarted(item: 0), at: 0)
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = KioskView.Identity(name: nil, department: nil)
        view.stage = .writing
        view.draft = LineEditor(text: "min kladde")
        let frame = KioskFrame(state: script.state(), view: view, now: ScreenFixture.at(5), utcOffsetSeconds: ScreenFixture.offset)
        let text = KioskScreen.render(frame, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Lyt med — der tages ikke noter lige nu"))
        #expect(text.contains("Noter åbner igen kl. 09:35"), "after the welcome and the introduction")
        #expect(text.contains("Din kladde er gemt til da."))
        #expect(press([.enter], &view, script.state()) == [])
        #expect(view.draft.text == "min kladde")
    }

    @Test func resetForgetsThePreviousPerson() {
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = KioskView.Identity(name: "Åse Østergaard", department: "MKB")
        view.stage = .writing
        view.written = ["n9"]
        view.reset()
        #expect(view.identity == nil && view.stage == .pickName && view.written.isEmpty)
    }

    @Test(arguments: ["name", "writing", "listening"])
    func kioskSnapshots(_ name: String) throws {
        var view = KioskView(language: .danish, pin: "1234")
        var state = Self.discussion()
        switch name {
        case "writing":
            view.identity = KioskView.Identity(name: "Åse Østergaard", department: "MKB")
            view.stage = .writing
            view.question = 3
            view.draft = LineEditor(text: "Æblegrød på Ærø 🍎 — samskabelse\nog en linje mere")
        case "listening":
            var script = ScreenFixture.Script()
            script.move(to: 4, at: 95)
            state = script.state()
            view.identity = KioskView.Identity(name: nil, department: nil)
            view.stage = .writing
        default:
            break
        }
        for (width, height) in [(80, 24), (120, 40)] {
            let frame = KioskFrame(state: state, view: view, now: ScreenFixture.at(210), utcOffsetSeconds: ScreenFixture.offset)
            let canvas = KioskScreen.render(frame, width: width, height: height)
            try Snapshot.check(canvas.lines, named: "kiosk-\(name)-\(width)x\(height)")
            BoxIntegrity.check(canvas, cornersMatch: true)
        }
    }

    @Test func theEditorWrapsAndKeepsTheCursorInPlace() {
        var editor = LineEditor(text: "abcdef\n🍎🍎🍎")
        var layout = editor.wrapped(width: 4)
        #expect(layout.lines == ["abcd", "ef", "🍎🍎", "🍎"])
        #expect((layout.cursorRow, layout.cursorColumn) == (3, 2))
        editor.home()
        layout = editor.wrapped(width: 4)
        #expect((layout.cursorRow, layout.cursorColumn) == (2, 0), "Home goes to the start of the line")
    }
}
