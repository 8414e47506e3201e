import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The kiosk's words where it matters: over the limit, during a break, the footer of each focus,
/// status lines when the room moves on, and anonymity as a choice.
struct KioskWordsTests {
    static func press(_ keys: [Key], _ view: inout KioskView, _ state: SessionState) -> [Asked] {
        keys.flatMap { Asked.resolve(KioskController.handle($0, view: &view, state: state), view: view, state: state) }
    }

    /// Keys pressed, with the engine's refusals given back to the kiosk as its loop gives them.
    static func pressAndAnswer(_ keys: [Key], _ view: inout KioskView, _ state: SessionState) -> [Asked] {
        var asked: [Asked] = []
        for key in keys {
            for effect in KioskController.handle(key, view: &view, state: state) {
                guard case .submit(let command) = effect else { continue }
                let requester = Requester.participant(id: view.identity?.participant, sitting: view.sitting)
                do {
                    let (actor, event) = try Engine.decide(command, by: requester, in: state)
                    asked.append(.append(actor, event))
                } catch {
                    asked.append(.refused(error.message))
                    KioskController.receive(.refused(error.text(danish: view.language == .danish)), view: &view, state: state)
                }
            }
        }
        return asked
    }

    static func writer(_ language: Language = .danish) -> KioskView {
        var view = KioskView(language: language, pin: "1234")
        view.identity = .anonymous
        view.stage = .writing
        return view
    }

    static func render(_ state: SessionState, _ view: KioskView, at minutes: Double = 210, width: Int = 80, height: Int = 24) -> [String] {
        let frame = KioskFrame(state: state, view: view, now: ScreenFixture.at(minutes), utcOffsetSeconds: ScreenFixture.offset)
        return KioskScreen.render(frame, width: width, height: height).lines
    }

    static func footer(_ state: SessionState, _ view: KioskView, at minutes: Double = 210) -> String {
        render(state, view, at: minutes).last!.trimmingWhitespace
    }

    static let tooLong = String(repeating: "Samskabelse kræver tillid. ", count: 23).prefix(612).description

    // MARK: Over the limit

    @Test func overTheLimitTheCounterSaysSoInWordsBeforeEnter() {
        let state = ScreenFixture.discussionState()
        var view = Self.writer()
        view.draft = LineEditor(text: Self.tooLong)
        #expect(Self.tooLong.count == 612)
        #expect(Self.render(state, view).contains { $0.contains("612/500 — for lang") })
        view.language = .english
        #expect(Self.render(state, view, width: 120, height: 40).contains { $0.contains("612/500 — too long") })
        view.draft = LineEditor(text: String(Self.tooLong.prefix(500)))
        let atTheLimit = Self.render(state, view).joined()
        #expect(atTheLimit.contains("500/500") && !atTheLimit.contains("too long"))
        // Counted as the engine counts: spaces at the ends and a decomposed accent are not extra.
        view.draft = LineEditor(text: "  Tillid A\u{30A}se   ")
        #expect(Self.render(state, view, width: 120, height: 40).contains { $0.contains(" 10/500 ") })
    }

    @Test func enterOverTheLimitIsRefusedAndTheDraftStays() {
        let state = ScreenFixture.discussionState()
        var view = Self.writer()
        view.draft = LineEditor(text: Self.tooLong)
        // The draft goes as typed; the engine's refusal comes back and is said.
        #expect(Self.pressAndAnswer([.enter], &view, state) == [.refused("the note is 612 characters long; the limit is 500 — shorten it by 112")])
        #expect(view.draft.text == Self.tooLong, "nothing of the draft is lost")
        #expect(view.message == "Noten er 612 tegn lang; grænsen er 500 — gør den 112 tegn kortere")
        #expect(Self.render(state, view).contains { $0.contains("gør den 112 tegn kortere") })
        // Shortened, it goes through.
        _ = Self.press(Array(repeating: .backspace, count: 112), &view, state)
        #expect(Self.press([.enter], &view, state).count == 1)
    }

    // MARK: Breaks

    @Test func aBreakSaysItIsABreakAndWhenNotesOpenAgain() {
        var script = ScreenFixture.Script()
        script.move(to: 10, at: 90)  // Kaffepause, 15 minutes from 10:30, then a discussion
        var view = Self.writer()
        view.draft = LineEditor(text: "min kladde")
        let text = Self.render(script.state(), view, at: 95).joined(separator: "\n")
        #expect(text.contains("Pause — noterne åbner igen kl. 10:45"))
        #expect(!text.contains("Lyt med"))
        #expect(text.contains("Din kladde er gemt til da."))
        // Enter saves nothing during a break, and the draft is kept.
        #expect(Self.press([.enter], &view, script.state()) == [])
        #expect(view.draft.text == "min kladde")
    }

    @Test func aBreakBeforeATalkSaysBothTimes() {
        var script = ScreenFixture.Script()
        script.move(to: 4, at: 60)  // Pause, 10 minutes from 10:00, then two talks of 25 and lunch
        let text = Self.render(script.state(), Self.writer(), at: 62).joined(separator: "\n")
        #expect(text.contains("Pause til kl. 10:10 — noterne åbner igen kl. 11:45"))
        var english = Self.writer(.english)
        english.draft = LineEditor()
        #expect(Self.render(script.state(), english, at: 62).joined().contains("Break until 10:10 — notes open again at 11:45"))
    }

    @Test func onATalkItIsNotABreak() {
        var script = ScreenFixture.Script()
        script.move(to: 5, at: 70)
        let text = Self.render(script.state(), Self.writer(), at: 75).joined(separator: "\n")
        #expect(text.contains("Lyt med — der tages ikke noter lige nu"))
        #expect(!text.contains("Pause"))
    }

    // MARK: Status lines

    @Test func statusLinesClearWhenTheRoomMovesOn() {
        var script = ScreenFixture.Script()
        script.move(to: 8, at: 200)
        let discussion = script.state()
        var view = Self.writer()
        KioskController.followRoom(view: &view, state: discussion)
        view.message = "Gemt ✓"
        view.question = 2
        KioskController.followRoom(view: &view, state: discussion)
        #expect(view.message == "Gemt ✓", "the same item: it stays")
        script.move(to: 9, at: 240)
        view.draft = LineEditor(text: "kladde")
        KioskController.followRoom(view: &view, state: script.state())
        #expect(view.message == nil && view.question == nil && view.focus == .editor)
        #expect(view.draft.text == "kladde")
        // "Lyt med …" from Enter during a talk goes when the talk does.
        var talk = ScreenFixture.Script()
        talk.move(to: 5, at: 70)
        var listener = Self.writer()
        KioskController.followRoom(view: &listener, state: talk.state())
        _ = Self.press([.enter], &listener, talk.state())
        #expect(listener.message == "Lyt med — der tages ikke noter lige nu")
        talk.move(to: 8, at: 200)
        KioskController.followRoom(view: &listener, state: talk.state())
        #expect(listener.message == nil)
        #expect(!Self.render(talk.state(), listener).joined().contains("Lyt med"))
    }

    @Test func theRoomSurvivesTheNextPerson() {
        var view = Self.writer()
        KioskController.followRoom(view: &view, state: ScreenFixture.discussionState())
        view.reset()
        #expect(view.position == 8)
    }

    // MARK: The footer

    @Test func theFooterShowsTheKeysOfTheFocusOnly() {
        let state = ScreenFixture.discussionState()
        var view = Self.writer()
        view.identity = KioskTests.person("Åse Østergaard", in: state)
        view.sittingSince = 0
        view.written = ["n2"]
        // The editor, with several questions and a note of one's own.
        var footer = Self.footer(state, view)
        #expect(footer.contains("Enter gem") && footer.contains("↑↓ spørgsmål") && footer.contains("Tab dine noter"))
        #expect(footer.contains("Esc skift person"), "an empty draft: Esc changes person")
        view.draft = LineEditor(text: "noget")
        #expect(Self.footer(state, view).contains("Esc ryd"))
        // Own notes: no typing keys.
        _ = Self.press([.tab], &view, state)
        #expect(view.focus == .ownNotes(0))
        #expect(Self.render(state, view).contains { $0.contains("▶ Æblegrød på Ærø 🍎") }, "the focused note is in sight at 80×24")
        footer = Self.footer(state, view)
        #expect(footer.contains("Enter ret") && footer.contains("d fjern") && footer.contains("Tab/Esc tilbage"))
        #expect(!footer.contains("Ctrl-J") && !footer.contains("spørgsmål"))
        // Asked to withdraw: only the answer.
        _ = Self.press([.text("d")], &view, state)
        #expect(Self.footer(state, view) == "j fjern  anden tast fortryd")
        // Nobody's own notes: no Tab.
        let anonymous = Self.writer()
        #expect(!Self.footer(state, anonymous).contains("Tab"))
    }

    @Test func aSingleQuestionHasNoQuestionKeysAndATalkNoEditorKeys() {
        var script = ScreenFixture.Script()
        script.move(to: 2, at: 35)
        #expect(script.state().currentItem.questions.count == 1)
        #expect(!Self.footer(script.state(), Self.writer(), at: 40).contains("↑↓"))
        script.move(to: 3, at: 65)
        let footer = Self.footer(script.state(), Self.writer(), at: 66)
        #expect(footer == "Esc skift person  Ctrl-X afslut (kode)")
    }

    @Test func theNameScreensShowTheirOwnKeys() {
        let state = ScreenFixture.discussionState()
        var view = KioskView(language: .danish, pin: "1234")
        #expect(Self.footer(state, view).hasPrefix("Skriv søg  ↑↓ vælg"))
        _ = Self.press([.text("Bo Ærbø"), .enter], &view, state)
        #expect(view.stage == .newName)
        #expect(Self.footer(state, view) == "Enter videre  Esc tilbage  Ctrl-X afslut (kode)")
        _ = Self.press([.enter], &view, state)
        #expect(Self.footer(state, view) == "↑↓ vælg  Enter vælg  Esc tilbage  Ctrl-X afslut (kode)")
    }

    // MARK: Anonymous

    @Test func typingAnonymOnTheNameScreenChoosesAnonymously() {
        let state = ScreenFixture.discussionState()
        var view = KioskView(language: .danish, pin: "1234")
        let effects = Self.press([.text("anonym"), .enter], &view, state)
        #expect(effects == [])
        #expect(view.stage == .writing && view.identity == .anonymous)
    }

    @Test(arguments: ["Anonym", "anonymous", "ANONYMT", "Anon."])
    func anonymIsNotANewPersonsName(_ typed: String) {
        let state = ScreenFixture.discussionState()
        var view = KioskView(language: .danish, pin: "1234")
        // Through "I am not on the list", the long way.
        _ = Self.press([.text(typed), .down], &view, state)
        let first = KioskController.choices(view, state: state)
        #expect(first.contains(.newPerson))
        view.selected = first.firstIndex(of: .newPerson)!
        #expect(Self.press([.enter], &view, state) == [])
        #expect(view.stage == .newName)
        #expect(Self.press([.enter], &view, state) == [], "no participant is added")
        #expect(view.stage == .newName)
        #expect(view.message?.contains("vælg »Skriv anonymt«") == true)
        #expect(Self.render(state, view).contains { $0.contains("er ikke et navn") })
        // Esc leads back to the list, where the anonymous choice comes first for words like it.
        _ = Self.press([.escape], &view, state)
        #expect(view.stage == .pickName)
        if typed.count >= 4, !typed.hasSuffix(".") {
            #expect(KioskController.choices(view, state: state).first == .anonymous)
        }
    }

    @Test func realNamesThatLookAlikeAreNames() {
        let state = ScreenFixture.discussionState()
        for name in ["Inge", "Anne Nymand", "Anonymus Hansen"] {
            var view = KioskView(language: .danish, pin: "1234")
            _ = Self.press([.text(name)], &view, state)
            view.selected = KioskController.choices(view, state: state).firstIndex(of: .newPerson)!
            _ = Self.press([.enter, .enter], &view, state)
            #expect(view.stage == .newDepartment(name: name))
        }
    }

    // MARK: Snapshots

    @Test(arguments: ["over-limit", "break", "own-notes"])
    func kioskWordsSnapshots(_ name: String) throws {
        var state = ScreenFixture.discussionState()
        var view = Self.writer()
        var minutes = 210.0
        switch name {
        case "over-limit":
            view.draft = LineEditor(text: Self.tooLong)
            _ = Self.pressAndAnswer([.enter], &view, state)
        case "break":
            var script = ScreenFixture.Script()
            script.move(to: 10, at: 90)
            state = script.state()
            minutes = 95
            view.draft = LineEditor(text: "min kladde")
        default:
            view.identity = KioskTests.person("Åse Østergaard", in: state)
            _ = Self.press([.tab], &view, state)
        }
        for (width, height) in [(80, 24), (120, 40)] {
            let frame = KioskFrame(state: state, view: view, now: ScreenFixture.at(minutes), utcOffsetSeconds: ScreenFixture.offset)
            let canvas = KioskScreen.render(frame, width: width, height: height)
            try Snapshot.check(canvas.lines, named: "kiosk-words-\(name)-\(width)x\(height)")
            BoxIntegrity.check(canvas, cornersMatch: true)
        }
    }
}
