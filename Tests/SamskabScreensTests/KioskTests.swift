import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The participant kiosk's keys and screens.
struct KioskTests {
    static func discussion() -> SessionState { ScreenFixture.discussionState() }

    /// The keys' effects, resolved through the engine as the person at the kiosk.
    func press(_ keys: [Key], _ view: inout KioskView, _ state: SessionState) -> [Asked] {
        var asked: [Asked] = []
        for key in keys {
            let effects = KioskController.handle(key, view: &view, state: state)
            asked += Asked.resolve(effects, view: view, state: state)
        }
        return asked
    }

    static func person(_ name: String, in state: SessionState) -> KioskView.Identity {
        let person = state.participants(named: name).first
        return KioskView.Identity(participant: person?.id, name: person?.name ?? name, department: person?.department)
    }

    @Test func theRosterIsInDanishOrderAndFiltersAsYouType() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        let names = KioskController.choices(view, state: state).compactMap { choice -> String? in
            if case .person(let person) = choice { return person.name } else { return nil }
        }
        #expect(names.suffix(3) == ["Vibeke Ørum", "Øjvind Ågesen", "Åse Østergaard"], "Æ, Ø, Å last")
        #expect(DanishOrder.sorted(["Aagaard", "Zink", "Ærø", "Ølund", "Ahl"]) == ["Ahl", "Zink", "Ærø", "Ølund", "Aagaard"])
        // "øj" is in Torben Højgaard too, but a name that starts a word with it comes first.
        _ = press([.text("ø"), .text("j")], &view, state)
        #expect(KioskController.choices(view, state: state).first == .person(state.participants(named: "Øjvind Ågesen")[0]))
        _ = press([.enter], &view, state)
        #expect(view.stage == .writing)
        #expect(view.identity == Self.person("Øjvind Ågesen", in: state))
        #expect(view.identity?.department == "BA")
    }

    @Test func aNewPersonJoinsTheRoster() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        _ = press([.text("Bo Ærbø")], &view, state)
        // The filter matches nobody: the first choice is "I am not on the list".
        #expect(KioskController.choices(view, state: state).first == .newPerson)
        let effects = press([.enter, .enter, .down, .enter], &view, state)
        // Who this is is the engine's decision (`.join`, under the journal's lock): a new person.
        #expect(effects == [.append(.participant, .participantAdded(name: "Bo Ærbø", department: "MBU"))])
        #expect(view.joinAsked == KioskView.JoinAsked(name: "Bo Ærbø", department: "MBU") && view.identity == nil)
        // The engine's answer sits the new person down with their id.
        let joined = TableFixture.apply(.join(name: "Bo Ærbø", department: "MBU"), by: .participant(id: nil), to: state)
        let id = SessionState.participantID(sequence: joined.lastSequence)
        let record = EventRecord(sequence: joined.lastSequence, id: "e", time: ScreenFixture.at(300), writer: "test", actor: .participant,
                                 event: .participantAdded(name: "Bo Ærbø", department: "MBU"))
        KioskController.receive(.saved(record), view: &view, state: joined)
        #expect(view.identity == KioskView.Identity(participant: id, name: "Bo Ærbø", department: "MBU"))
        #expect(view.stage == .writing && view.joinAsked == nil)
    }

    @Test func aPersonAlreadyOnTheRosterIsFoundByTheEngine() {
        let state = Self.discussion()
        let åse = state.participants(named: "Åse Østergaard")[0]
        // The engine says there is nothing to write: its own lookup finds who it is.
        var view = KioskView(language: .danish, pin: "1234")
        view.stage = .newDepartment(name: "åse østergaard")
        view.joinAsked = KioskView.JoinAsked(name: "åse østergaard", department: åse.department)
        KioskController.receive(.refused("Åse Østergaard er på listen og til stede"), view: &view, state: state)
        #expect(view.identity?.participant == åse.id && view.stage == .writing)
        // Any other refusal is said, back at the name as typed.
        view = KioskView(language: .danish, pin: "1234")
        view.stage = .newDepartment(name: "Anonym")
        view.joinAsked = KioskView.JoinAsked(name: "Anonym", department: nil)
        KioskController.receive(.refused("'Anonym' er ikke et navn"), view: &view, state: state)
        #expect(view.identity == nil && view.stage == .newName && view.field.text == "Anonym")
        #expect(view.message == "'Anonym' er ikke et navn")
    }

    @Test func writingANoteToAChosenQuestion() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = Self.person("Åse Østergaard", in: state)
        view.stage = .writing
        let effects = press([.down, .down, .text("Æblegrød på Ærø"), .newline, .text("🍎"), .enter], &view, state)
        #expect(effects == [.append(.participant, .noteAdded(NoteDraft(text: "Æblegrød på Ærø\n🍎", authorID: view.identity?.participant,
                                                                        department: "MKB", item: 8, question: 2)))])
        #expect(view.identity?.participant != nil)
        // Saved: the draft clears and the note is the person's own.
        let record = EventRecord(sequence: 30, id: "e30", time: ScreenFixture.at(300), writer: "test", actor: .participant,
                                 event: .noteAdded(NoteDraft(text: "Æblegrød på Ærø\n🍎", item: 8)))
        KioskController.receive(.saved(record), view: &view)
        #expect(view.draft.text.isEmpty && view.written == ["n30"] && view.message == "Gemt ✓")
        KioskController.receive(.refused("Disken er fuld"), view: &view)
        #expect(view.message == "Disken er fuld")
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

    /// A paste is text: its line breaks stay, its escape sequences and controls go whole, and
    /// nothing in it acts as a key (the reported paste cleared the draft on its first Esc).
    @Test func aPasteIsTextAndNeverKeys() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = .anonymous
        view.stage = .writing
        view.draft = LineEditor(text: "kladde: ")
        let pasted = "før \u{1B}]0;hacked\u{07} efter \u{1B}[31m RØD \u{1B}[0m slut\r\nanden linje\u{1B}"
        let effects = press([.paste(pasted)], &view, state)
        #expect(effects == [])
        #expect(view.draft.text == "kladde: før  efter  RØD  slut\nanden linje")
        let saved = press([.enter], &view, state)
        #expect(saved == [.append(.participant, .noteAdded(NoteDraft(text: "kladde: før  efter  RØD  slut\nanden linje",
                                                                      item: 8, question: nil)))])
    }

    @Test func aPasteIntoAOneLineFieldKeepsOneLine() {
        var editor = LineEditor()
        editor.apply(.paste("Åse\nØstergaard\u{1B}[2J"), multiline: false)
        #expect(editor.text == "Åse Østergaard")
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
        view.identity = Self.person("Åse Østergaard", in: state)
        view.stage = .writing
        // Written in this sitting.
        view.sittingSince = 0
        view.written = ["n2"]
        #expect(KioskController.ownNotes(view, state: state).map(\.id) == ["n2"], "Åse's note, not the others'")
        _ = press([.tab, .enter], &view, state)
        #expect(view.editing == "n2")
        let edit = press([.end, .text("!"), .enter], &view, state)
        #expect(edit == [.append(.participant, .noteEdited(note: "n2", text: "Æblegrød på Ærø 🍎 — samskabelse!"))])
        view.editing = nil
        view.draft.clear()
        let withdraw = press([.tab, .text("d"), .text("j")], &view, state)
        #expect(withdraw == [.append(.participant, .noteWithdrawn(note: "n2"))])
        // The engine refuses someone else's note, whatever a kiosk asks.
        #expect(Asked.resolve([.submit(.withdrawNote(note: "n3"))], view: view, state: state)
                == [.refused("You can only change notes you wrote here")])
    }

    /// "Esc, another name": a later sitting under Åse's name sees her notes but changes none of
    /// them, and the kiosk says so at once; the engine refuses it whatever a kiosk asks.
    @Test func anotherSittingCannotChangeTheNotesOfAnEarlierOne() {
        let state = Self.discussion()
        var view = KioskView(language: .danish, pin: "1234")
        _ = press([.text("Åse Øst"), .enter], &view, state)
        #expect(view.identity == Self.person("Åse Østergaard", in: state))
        #expect(view.sitting == Sitting(since: state.lastSequence))
        #expect(KioskController.ownNotes(view, state: state).map(\.id) == ["n2"], "her note is listed")
        _ = press([.tab, .enter], &view, state)
        #expect(view.editing == nil && view.message == "Du kan kun ændre noter, du har skrevet her")
        #expect(press([.text("d")], &view, state) == [])
        #expect(view.confirmWithdraw == nil && view.message == "Du kan kun ændre noter, du har skrevet her")
        #expect(Asked.resolve([.submit(.withdrawNote(note: "n2")), .submit(.editNote(note: "n2", text: "Ændret"))],
                              view: view, state: state)
                == [.refused("You can only change notes you wrote here"), .refused("You can only change notes you wrote here")])
        // A note of this sitting can be changed; the next person starts a sitting of their own.
        view.written = ["n2"]
        view.sittingSince = 2
        #expect(!KioskController.writtenHere(state.notes["n2"]!, view: view), "older than the sitting, whatever it claims")
        view.reset()
        #expect(view.sitting == nil && view.written.isEmpty)
    }

    /// Found on a trial day: a newcomer who typed `zoe` was asked for a department under "zoe",
    /// and then wrote as Zoe; the question shows the name as the roster will spell it.
    @Test func theDepartmentQuestionShowsTheNameAsItWillBeSpelled() {
        var view = KioskView(language: .danish, pin: "1234")
        view.stage = .newDepartment(name: "anne-marie kjær")
        let frame = KioskFrame(state: Self.discussion(), view: view, now: ScreenFixture.at(5), utcOffsetSeconds: ScreenFixture.offset)
        let lines = KioskScreen.render(frame, width: 80, height: 24).lines
        #expect(lines[2].contains("Anne-Marie Kjær"), "\(lines[2])")
        #expect(!lines.joined().contains("anne-marie"))
    }

    @Test func onATalkTheKioskSaysWhenNotesOpenAndKeepsTheDraft() {
        var script = ScreenFixture.Script()
        script.add(.timerStarted(item: 0), at: 0)
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = .anonymous
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
        view.identity = KioskView.Identity(participant: "r1", name: "Åse Østergaard", department: "MKB")
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
            view.identity = Self.person("Åse Østergaard", in: state)
            view.stage = .writing
            view.question = 3
            view.draft = LineEditor(text: "Æblegrød på Ærø 🍎 — samskabelse\nog en linje mere")
        case "listening":
            var script = ScreenFixture.Script()
            script.move(to: 4, at: 95)
            state = script.state()
            view.identity = .anonymous
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

/// The kiosk between people: nobody writes under the last person's name.
struct KioskIdleTests {
    @Test func aPersonWhoSavedNothingIsReturnedToTheNameScreenToo() {
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = KioskView.Identity(participant: "r1", name: "Åse Østergaard", department: "MKB")
        view.stage = .writing
        KioskController.idle(for: 30, limit: 60, view: &view)
        #expect(view.stage == .writing, "not yet")
        KioskController.idle(for: 61, limit: 60, view: &view)
        #expect(view.stage == .pickName && view.identity == nil)
    }

    @Test func aDraftGetsAShortCountdownFirst() {
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = .anonymous
        view.stage = .writing
        view.draft = LineEditor(text: "halvt skrevet")
        KioskController.idle(for: 65, limit: 60, view: &view)
        #expect(view.message == "Er du her stadig? Tryk en tast — ellers ryddes kiosken om 15 s")
        #expect(view.draft.text == "halvt skrevet")
        KioskController.idle(for: 81, limit: 60, view: &view)
        #expect(view.stage == .pickName && view.draft.text.isEmpty, "then cleared for the next person")
    }

    @Test func anEmptyNameScreenIsLeftAlone() {
        var view = KioskView(language: .danish, pin: "1234")
        KioskController.idle(for: 1000, limit: 60, view: &view)
        #expect(view == KioskView(language: .danish, pin: "1234"))
    }
}

struct EditorShortcutTests {
    @Test func ctrlUClearsToTheStartOfTheLineAndCtrlWDeletesAWord() {
        var editor = LineEditor(text: "første linje\nÆblegrød på Ærø 🍎")
        editor.apply(.control("w"), multiline: true)
        #expect(editor.text == "første linje\nÆblegrød på Ærø ")
        editor.apply(.control("w"), multiline: true)
        #expect(editor.text == "første linje\nÆblegrød på ")
        editor.apply(.control("u"), multiline: true)
        #expect(editor.text == "første linje\n")
        #expect(editor.cursor == 13)
    }
}
