import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// Dot voting at the participant kiosk: the list of ballots, the person's own dots, keys that
/// ask the engine, counts hidden until the facilitator reveals them.
struct KioskVotingTests {
    /// The opsamling (item 13).
    static let harvest = 12
    static let long = "En meget lang note om samskabelse, der bliver ved og ved: vi skal give plads til borgernes egne idéer, "
        + "turde slippe kontrollen og lade medarbejderne prøve noget nyt, også når det ikke lykkes første gang"

    /// The opsamling with five notes on question 2, two of them in a cluster, and a voting of
    /// 3 dots, at most 2 on one note. n2 "Tillid frem for kontrol", n3 "Samskabelse kræver tid og mod",
    /// n4 the long one, k7 the cluster "Borgerne først" of n5 and n6.
    static func script(dots: [(String, String)] = [], maxPerNote: Int? = 2) -> ScreenFixture.Script {
        var script = ScreenFixture.Script()
        script.move(to: harvest, at: 400)
        for (index, text) in ["Tillid frem for kontrol", "Samskabelse kræver tid og mod", long, "Spørg borgerne først",
                              "Inddrag borgerne tidligt"].enumerated() {
            script.add(.noteAdded(NoteDraft(text: text, item: harvest, question: 2)), at: 401 + Double(index), by: .participant)
        }
        script.add(Event(ClusterMade(item: harvest, name: "Borgerne først", notes: ["n5", "n6"])), at: 407)
        script.add(Event(VotingOpened(item: harvest, target: .notes, dots: 3, maxPerNote: maxPerNote)), at: 408)
        let state = script.state()
        for (index, dot) in dots.enumerated() {
            let voter = state.participants(named: dot.0)[0].id
            script.add(Event(VoteCast(item: harvest, voter: voter, note: dot.1, added: true)), at: 409 + Double(index) / 10,
                       by: .participant)
        }
        return script
    }

    static func state(dots: [(String, String)] = []) -> SessionState { script(dots: dots).state() }

    static func named(_ name: String, _ state: SessionState, language: Language = .danish) -> KioskView {
        var view = KioskView(language: language, pin: "1234")
        let person = state.participants(named: name)[0]
        view.identity = KioskView.Identity(participant: person.id, name: person.name, department: person.department)
        view.stage = .writing
        KioskController.followRoom(view: &view, state: state)
        return view
    }

    func press(_ keys: [Key], _ view: inout KioskView, _ state: SessionState) -> [KioskEffect] {
        keys.flatMap { KioskController.handle($0, view: &view, state: state) }
    }

    func render(_ state: SessionState, _ view: KioskView, width: Int = 80, height: Int = 24) -> Canvas {
        KioskScreen.render(KioskFrame(state: state, view: view, now: ScreenFixture.at(410), utcOffsetSeconds: ScreenFixture.offset),
                           width: width, height: height)
    }

    func screen(_ state: SessionState, _ view: KioskView, width: Int = 80, height: Int = 24) -> String {
        render(state, view, width: width, height: height).lines.joined(separator: "\n")
    }

    /// "3 stemmer", "1 stemme" anywhere on the screen.
    static func showsACount(_ screen: String) -> Bool {
        screen.contains(/[0-9]+ stemme/)
    }

    func line(_ text: String, in screen: String) -> String? {
        screen.split(separator: "\n").map(String.init).first { $0.contains(text) }
    }

    @Test func aNamedPersonIsOfferedTheVotingAndTheKeysAskTheEngine() throws {
        let state = Self.state()
        var view = Self.named("Åse Østergaard", state)
        let voter = try #require(view.identity?.participant)
        #expect(view.vote.active, "an open voting is put in front of a named person")
        #expect(KioskVoting.ballots(state) == ["n2", "n3", "n4", "k7"])
        // Enter or + places a dot on the chosen ballot; - or Backspace takes one back.
        #expect(press([.enter], &view, state) == [.submit(.vote(note: "n2", voter: voter, item: Self.harvest, adding: true))])
        #expect(press([.down, .text("+")], &view, state) == [.submit(.vote(note: "n3", voter: voter, item: Self.harvest, adding: true))])
        #expect(press([.text("-")], &view, state) == [.submit(.vote(note: "n3", voter: voter, item: Self.harvest, adding: false))])
        #expect(press([.down, .down, .backspace], &view, state)
                == [.submit(.vote(note: "k7", voter: voter, item: Self.harvest, adding: false))])
        // Past the end stays on the last ballot; the cluster is voted on as one.
        #expect(press([.down, .down, .enter], &view, state) == [.submit(.vote(note: "k7", voter: voter, item: Self.harvest, adding: true))])
        // The engine takes it, as the person at the kiosk.
        let asked = Asked.resolve(press([.up, .up, .up, .enter], &view, state), view: view, state: state)
        #expect(asked == [.append(.participant, Event(VoteCast(item: Self.harvest, voter: voter, note: "n2", added: true)))])
        // Its answer says so.
        let record = EventRecord(sequence: 40, id: "e40", time: ScreenFixture.at(411), writer: "test", actor: .participant,
                                 event: Event(VoteCast(item: Self.harvest, voter: voter, note: "n2", added: true)))
        KioskController.receive(.saved(record), view: &view)
        #expect(view.message == "Prik sat ✓")
    }

    @Test func tabSwitchesBetweenVotingAndWritingANote() {
        let state = Self.state()
        var view = Self.named("Åse Østergaard", state)
        #expect(KioskVoting.isShown(view, state: state))
        _ = press([.tab], &view, state)
        #expect(!view.vote.active && view.focus == .editor)
        let writing = screen(state, view)
        #expect(writing.contains("Afstemningen er åben — Tab for at stemme") && writing.contains("Tab stem"), "\(writing)")
        // Letters go to the note, not the voting.
        _ = press([.text("+1 til tillid")], &view, state)
        #expect(view.draft.text == "+1 til tillid")
        // A person in the middle of a note is not pulled away when the room's state is followed again.
        KioskController.followRoom(view: &view, state: state)
        #expect(!view.vote.active)
        _ = press([.tab], &view, state)
        #expect(view.vote.active && view.draft.text == "+1 til tillid", "the draft is kept")
    }

    @Test func theListShowsOwnDotsAndTheDotsLeft() throws {
        let state = Self.state(dots: [("Åse Østergaard", "n3"), ("Åse Østergaard", "n3"), ("Lene Søgaard", "n2"),
                                      ("Lene Søgaard", "n2"), ("Lene Søgaard", "n5")])
        var view = Self.named("Åse Østergaard", state)
        _ = press([.down], &view, state)
        let text = screen(state, view)
        #expect(text.contains("Du stemmer som Åse Østergaard (MKB)"), "\(text)")
        #expect(text.contains("Afstemning: Opsamling på dagens drøftelser"))
        #expect(text.contains("1 af 3 prikker tilbage · højst 2 på én note"))
        let mine = try #require(line("Samskabelse kræver tid og mod", in: text))
        #expect(mine.contains("▶ ●●  Samskabelse kræver tid og mod"), "the selected line has the person's two dots: \(mine)")
        // The cluster: its name, its notes indented under it.
        let cluster = try #require(line("Klynge: Borgerne først", in: text))
        let first = try #require(line("Spørg borgerne først", in: text))
        #expect(first.contains("– Spørg borgerne først") && line("– Inddrag borgerne tidligt", in: text) != nil)
        #expect(first.firstIndex(of: "–")!.utf16Offset(in: first) > cluster.firstIndex(of: "K")!.utf16Offset(in: cluster))
        // The long note is cut at the edge and whole under the list when chosen.
        let cut = try #require(line("En meget lang note", in: text))
        #expect(cut.hasSuffix("…") || cut.contains("… "), "\(cut)")
        _ = press([.down], &view, state)
        let chosen = screen(state, view)
        #expect(chosen.contains("lade medarbejderne") && chosen.contains("prøve noget nyt"), "\(chosen)")
    }

    @Test func othersVotesAreHiddenUntilRevealed() throws {
        var script = Self.script(dots: [("Lene Søgaard", "n2"), ("Lene Søgaard", "n2"), ("Brian Kjærulff", "n2"),
                                        ("Åse Østergaard", "n3")])
        let before = script.state()
        let view = Self.named("Åse Østergaard", before)
        let hidden = screen(before, view)
        let trust = try #require(line("Tillid frem for kontrol", in: hidden))
        #expect(!trust.contains("●") && !trust.contains("3"), "nobody else's dots: \(trust)")
        #expect(!Self.showsACount(hidden), "no counts before the reveal:\n\(hidden)")
        #expect(hidden.contains("Stemmetallene vises, når facilitatoren afslører dem"))
        // Revealed while still open: the totals beside the ballots, the list in board order.
        script.add(Event(VotingChanged(item: Self.harvest, change: .revealed)), at: 412)
        let revealed = script.state()
        let shown = screen(revealed, view)
        #expect(try #require(line("Tillid frem for kontrol", in: shown)).hasSuffix("3 stemmer"), "\(shown)")
        #expect(try #require(line("Samskabelse kræver tid og mod", in: shown)).hasSuffix("1 stemme"))
        #expect(try #require(line("Klynge: Borgerne først", in: shown)).hasSuffix("0 stemmer"))
        // Closed and revealed: the result, most votes first.
        script.add(Event(VotingChanged(item: Self.harvest, change: .closed)), at: 413)
        let closed = script.state()
        var after = view
        KioskController.followRoom(view: &after, state: closed)
        #expect(after.vote.active, "the result stays on screen")
        let result = screen(closed, after).split(separator: "\n").map(String.init)
        #expect(result.contains { $0.contains("Resultat af afstemningen") })
        let order = ["1. Tillid frem for kontrol", "2. Samskabelse kræver tid og mod", "3. En meget lang", "4. Klynge: Borgerne først"]
            .map { text in result.firstIndex { $0.contains(text) } }
        #expect(order.allSatisfy { $0 != nil } && order.map { $0! } == order.map { $0! }.sorted(), "\(result.joined(separator: "\n"))")
        // No dot placed or taken once it is closed.
        #expect(press([.enter], &after, closed) == [])
        #expect(after.message == "Afstemningen er lukket — du kan skrive noter igen")
    }

    @Test func anAnonymousPersonIsToldToPickAName() {
        let state = Self.state()
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = .anonymous
        view.stage = .writing
        KioskController.followRoom(view: &view, state: state)
        #expect(!view.vote.active)
        let text = screen(state, view)
        #expect(text.contains("Afstemning: vælg dit navn for at stemme (Esc på en tom note → Hvem er du?)"), "\(text)")
        #expect(press([.tab], &view, state) == [])
        #expect(!view.vote.active && view.message == Strings(.danish).kioskVotingNeedsName)
        // Esc on the empty note: the name screen.
        _ = press([.escape], &view, state)
        #expect(view.stage == .pickName)
        var english = KioskView(language: .english, pin: "1234")
        english.identity = .anonymous
        english.stage = .writing
        #expect(screen(state, english).contains("Voting: pick your name to vote"))
    }

    @Test func aClosedVotingSendsThePersonBackToWriting() {
        var script = Self.script()
        let open = script.state()
        var view = Self.named("Åse Østergaard", open)
        #expect(view.vote.active)
        script.add(Event(VotingChanged(item: Self.harvest, change: .closed)), at: 412)
        let closed = script.state()
        KioskController.followRoom(view: &view, state: closed)
        #expect(!view.vote.active)
        #expect(view.message == "Afstemningen er lukket — du kan skrive noter igen")
        let text = screen(closed, view)
        #expect(text.contains("Afstemningen er lukket — du kan skrive noter igen") && text.contains("Din note"), "\(text)")
        // Tab does not open a closed voting.
        _ = press([.tab], &view, closed)
        #expect(!view.vote.active)
    }

    @Test func theEnginesRefusalIsTheMessageLine() throws {
        let state = Self.state(dots: [("Åse Østergaard", "n2"), ("Åse Østergaard", "n2")])
        var view = Self.named("Åse Østergaard", state)
        let effects = press([.enter], &view, state)
        guard case .submit(let command)? = effects.first else {
            Issue.record("Enter asks the engine: \(effects)")
            return
        }
        // The engine (as the journal applies it) refuses a third dot: the cap is its rule.
        let (actor, event) = try Engine.decide(command, by: .participant(id: view.identity?.participant), in: state)
        var after = state
        let record = EventRecord(sequence: state.lastSequence + 1, id: "e99", time: ScreenFixture.at(411), writer: "test", actor: actor,
                                 event: event)
        let refusal = #expect(throws: SessionError.self) { try after.apply(record) }
        let message = try #require(refusal).text(danish: true)
        #expect(message.contains("det højeste én note kan få"), "\(message)")
        KioskController.receive(.refused(message), view: &view)
        #expect(screen(state, view).contains("Åse Østergaard har allerede 2 prikker på note n2"))
    }

    @Test func itFitsAt80x24And120x40AndScrolls() throws {
        var script = Self.script()
        let state0 = script.state()
        let voter = state0.participants(named: "Åse Østergaard")[0].id
        for index in 0..<20 {
            script.add(.noteAdded(NoteDraft(text: "Ekstra note nummer \(index + 1)", item: Self.harvest, question: 2)), at: 420 + Double(index),
                       by: .participant)
        }
        let state = script.state()
        var view = Self.named("Åse Østergaard", state)
        for (width, height) in [(80, 24), (120, 40)] {
            let canvas = render(state, view, width: width, height: height)
            BoxIntegrity.check(canvas, cornersMatch: true)
            let text = canvas.lines.joined(separator: "\n")
            #expect(text.contains("▶ ") && text.contains("Tillid frem for kontrol"))
            #expect(canvas.lines[height - 1].contains("Enter/+ sæt prik"), "\(canvas.lines[height - 1])")
            #expect(canvas.lines.allSatisfy { DisplayWidth.of($0) <= width })
        }
        // Down to the last ballot: it is on screen, selected; the first is scrolled away.
        _ = press(Array(repeating: .down, count: 30), &view, state)
        let bottom = screen(state, view)
        #expect(try #require(line("Ekstra note nummer 20", in: bottom)).contains("▶"), "\(bottom)")
        #expect(!bottom.contains("Tillid frem for kontrol"))
        #expect(press([.enter], &view, state)
                == [.submit(.vote(note: try #require(KioskVoting.ballots(state).last), voter: voter, item: Self.harvest, adding: true))])
    }

    @Test func onTheKeyPointsTheirWordingIsTheBallot() throws {
        var script = ScreenFixture.Script()
        script.move(to: Self.harvest, at: 400)
        script.add(.noteAdded(NoteDraft(text: "vi skal nok stole mere på hinanden", item: Self.harvest, question: 2)), at: 401,
                   by: .participant)
        script.add(.noteAdded(NoteDraft(text: "Borgeren i midten", item: Self.harvest, question: 2)), at: 402, by: .participant)
        script.add(.keyPointMarked(note: "n2", text: "Tillid frem for kontrol"), at: 403)
        script.add(Event(VotingOpened(item: Self.harvest, target: .keyPoints, dots: 2, maxPerNote: nil)), at: 404)
        let state = script.state()
        var view = Self.named("Åse Østergaard", state)
        let text = screen(state, view)
        #expect(text.contains("Afstemning om hovedpointerne") && text.contains("2 af 2 prikker tilbage"), "\(text)")
        #expect(try #require(line("Tillid frem for kontrol", in: text)).contains("▶"))
        #expect(!text.contains("Borgeren i midten"), "only the key points are on the ballot")
        let voter = try #require(view.identity?.participant)
        #expect(press([.enter], &view, state) == [.submit(.vote(note: "n2", voter: voter, item: Self.harvest, adding: true))])
        // Esc with a draft goes back to it; with none, to the next person.
        _ = press([.tab, .text("kladde"), .tab], &view, state)
        #expect(view.vote.active)
        _ = press([.escape], &view, state)
        #expect(!view.vote.active && view.draft.text == "kladde" && view.stage == .writing)
        _ = press([.escape, .tab, .escape], &view, state)
        #expect(view.stage == .pickName && view.identity == nil)
    }

    @Test func asciiAndEnglish() throws {
        let state = Self.state(dots: [("Åse Østergaard", "n2"), ("Åse Østergaard", "n2")])
        var view = Self.named("Åse Østergaard", state, language: .english)
        view.ascii = true
        let text = screen(state, view)
        #expect(!text.contains("●") && !text.contains("▶"), "\(text)")
        #expect(try #require(line("Tillid frem for kontrol", in: text)).contains("> **  Tillid frem for kontrol"), "\(text)")
        #expect(text.contains("1 of 3 dots left · at most 2 on one note"))
        #expect(text.contains("You vote as Aase Oestergaard (MKB)"))
        #expect(text.contains("The counts are shown when the facilitator reveals them"))
        #expect(KioskVotingScreen.dots(7, ascii: true) == "*x7" && KioskVotingScreen.dots(7, ascii: false) == "●×7")
    }
}

/// Voting on the day's key points at the closing talk: nothing to write there, so the kiosk stays
/// on the voting and does not offer Tab.
struct KioskClosingTalkVotingTests {
    @Test func atTheClosingTalkTheVotingIsAllThereIs() throws {
        var script = ScreenFixture.Script()
        script.move(to: 12, at: 1)
        script.add(.noteAdded(NoteDraft(text: "Tillid frem for kontrol", item: 12, question: 2)), at: 2, by: .participant)
        script.add(.keyPointMarked(note: "n2", text: nil), at: 3)
        script.move(to: 13, at: 4)
        script.add(Event(VotingOpened(item: 13, target: .keyPoints, dots: 2, maxPerNote: nil)), at: 5)
        let state = script.state()
        let person = try #require(state.participant(named: "Åse Østergaard"))
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = KioskView.Identity(participant: person.id, name: person.name, department: person.department)
        view.stage = .writing
        KioskController.followRoom(view: &view, state: state)
        let text = KioskScreen.render(KioskFrame(state: state, view: view, now: ScreenFixture.at(6), utcOffsetSeconds: ScreenFixture.offset),
                                      width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Tillid frem for kontrol") && text.contains("2 af 2 prikker tilbage"), "\(text)")
        #expect(!text.contains("Tab"), "no Tab at a talk: \(text)")
        #expect(KioskController.handle(.tab, view: &view, state: state).isEmpty)
        #expect(view.vote.active, "Tab keeps the voting")
    }
}
