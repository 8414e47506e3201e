import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The opsamling on the wall: clusters as stacks under their label, dot voting hidden until it
/// is revealed and then most votes first, and the closing view of the day's key points and next
/// steps — drawn, and driven by the facilitator's keys.
struct VotingWallTests {
    /// A day driven through the engine, one event half a minute after the other.
    struct Day {
        var state = SessionState(workshop: ScreenFixture.workshop)
        var minute = 400.0

        @discardableResult
        mutating func submit(_ command: Command, by requester: Requester = .facilitator) throws -> EventRecord {
            let (actor, event) = try Engine.decide(command, by: requester, in: state)
            let sequence = state.lastSequence + 1
            minute += 0.5
            let record = EventRecord(sequence: sequence, id: "e\(sequence)", time: ScreenFixture.at(minute), writer: "test",
                                     actor: actor, event: event)
            try state.apply(record)
            return record
        }

        mutating func note(_ text: String, question: Int = 2) throws -> String {
            SessionState.noteID(sequence: try submit(.addNote(NoteRequest(text: text, question: question)), by: .participant(id: nil)).sequence)
        }

        func person(_ index: Int) -> String { SessionState.rosterID(index: index) }

        mutating func vote(_ note: String, by index: Int) throws {
            try submit(.vote(note: note, voter: person(index), item: nil, adding: true), by: .participant(id: person(index)))
        }
    }

    static let opsamling = 12

    /// The opsamling with six notes, two of them a cluster, one cluster of two more, and a voting
    /// in which "Borgerne først" gets 3 dots, the cluster "Tid" 2, "Mod" 1.
    static func day() throws -> (Day, [String: String]) {
        var day = Day()
        try day.submit(.movePhase(.item(opsamling)))
        var ids: [String: String] = [:]
        for text in ["Tillid frem for kontrol", "Mere tillid i hverdagen", "Tid til at lytte", "Tid til borgerne",
                     "Borgerne først", "Mod til at prøve"] {
            ids[text] = try day.note(text)
        }
        try day.submit(.cluster(notes: [ids["Tillid frem for kontrol"]!, ids["Mere tillid i hverdagen"]!], name: "Tillid"))
        try day.submit(.cluster(notes: [ids["Tid til at lytte"]!, ids["Tid til borgerne"]!], name: "Tid"))
        try day.submit(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil))
        for person in 0..<3 { try day.vote(ids["Borgerne først"]!, by: person) }
        try day.vote(ids["Tid til borgerne"]!, by: 3)
        try day.vote(ids["Tid til at lytte"]!, by: 4)
        try day.vote(ids["Mod til at prøve"]!, by: 5)
        return (day, ids)
    }

    static func render(_ state: SessionState, view: ProjectorView = ProjectorView(language: .danish), width: Int, height: Int) -> [String] {
        ProjectorScreen.render(ProjectorFrame(state: state, view: view, now: ScreenFixture.at(420), utcOffsetSeconds: ScreenFixture.offset),
                               width: width, height: height).lines
    }

    static func row(of text: String, in lines: [String]) -> Int? { lines.firstIndex { $0.contains(text) } }

    @Test func votesStayHiddenUntilRevealedThenMostVotesComeFirst() throws {
        var (day, _) = try Self.day()
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let lines = Self.render(day.state, width: width, height: height)
            let text = lines.joined(separator: "\n")
            #expect(!text.contains("stemme"), "no count is on the wall before the reveal (\(width)×\(height))")
            #expect(text.contains("6 har stemt"), "\(width)×\(height)")
            try Snapshot.check(lines, named: "voting-hidden-\(width)x\(height)")
        }
        try day.submit(.closeVoting(item: nil))
        try day.submit(.revealVoting(item: nil))
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let lines = Self.render(day.state, width: width, height: height)
            try Snapshot.check(lines, named: "voting-revealed-\(width)x\(height)")
        }
        let lines = Self.render(day.state, width: 120, height: 40)
        let rows = ["Borgerne først", "Tid til at lytte", "Mod til at prøve", "Tillid frem for kontrol"].map { Self.row(of: $0, in: lines) }
        #expect(rows.allSatisfy { $0 != nil }, "\(lines.joined(separator: "\n"))")
        #expect(rows.compactMap { $0 } == rows.compactMap { $0 }.sorted(), "3, then the cluster's 2, then 1, then 0")
        #expect(lines.contains { $0.contains("● 3 stemmer") } && lines.contains { $0.contains("▣ Tid · ● 2 stemmer · 2 noter") })
        #expect(lines.contains { $0.contains("● 1 stemme") }, "one vote is singular")
    }

    @Test func aClusterIsOneStackUnderItsLabelAndASCIIDrawsItInASCII() throws {
        let (day, _) = try Self.day()
        let lines = Self.render(day.state, width: 120, height: 40)
        let label = try #require(Self.row(of: "▣ Tillid · 2 noter", in: lines))
        #expect(lines[label + 1].contains("• Tillid frem for kontrol"))
        #expect(lines[label + 2].contains("┄┄┄"))
        #expect(lines[label + 3].contains("• Mere tillid i hverdagen"))
        var ascii = ProjectorView(language: .danish)
        ascii.ascii = true
        let plain = Self.render(day.state, view: ascii, width: 120, height: 40).joined()
        #expect(!plain.contains { "▣●✓•┄─│┌┐└┘".contains($0) }, "no cluster, vote or frame characters in ASCII")
        #expect(plain.contains("= Tillid"))
    }

    @Test func theSelectedNoteIsAlwaysOnTheWall() throws {
        var (day, ids) = try Self.day()
        // Enough notes that even shrunk post-its take two pages at 80×24.
        for index in 0..<30 { _ = try day.note("Ekstra note \(index + 1): vi skal turde lede på tværs af afdelingerne") }
        let size = (width: 80, height: 24)
        var view = ProjectorView(language: .danish)
        view.selectedNote = ids["Tillid frem for kontrol"]
        var wall = Self.render(day.state, view: view, width: 80, height: 24).joined(separator: "\n")
        #expect(wall.contains("Tillid frem for kontrol") && wall.contains("side 1/"), "\(wall)")
        _ = ProjectorController.handle(.pageDown, view: &view, state: day.state, size: size)
        wall = Self.render(day.state, view: view, width: 80, height: 24).joined(separator: "\n")
        #expect(wall.contains("side 2/") && wall.contains("holdt"), "paging goes on from the page shown, and holds it")
        _ = ProjectorController.handle(.pageUp, view: &view, state: day.state, size: size)
        #expect(Self.render(day.state, view: view, width: 80, height: 24).joined().contains("side 1/"))
    }

    @Test func marksGatherNotesInAClusterByKeys() throws {
        var (day, ids) = try Self.day()
        let size = (width: 120, height: 40)
        var view = ProjectorView(language: .danish)
        view.selectedNote = ids["Borgerne først"]
        _ = ProjectorController.handle(.text("c"), view: &view, state: day.state, size: size)
        view.selectedNote = ids["Mod til at prøve"]
        _ = ProjectorController.handle(.text("c"), view: &view, state: day.state, size: size)
        #expect(view.marked == [ids["Borgerne først"]!, ids["Mod til at prøve"]!])
        let marked = Self.render(day.state, view: view, width: 120, height: 40).joined(separator: "\n")
        #expect(marked.contains("✓ markeret"))
        #expect(view.message == "2 markeret · C samler dem i en klynge · c fjerner mærket")
        _ = ProjectorController.handle(.text("C"), view: &view, state: day.state, size: size)
        #expect(view.input?.purpose == .clusterName(notes: [ids["Borgerne først"]!, ids["Mod til at prøve"]!]))
        for key in "Modige borgere" { _ = ProjectorController.handle(.text(String(key)), view: &view, state: day.state, size: size) }
        let effects = ProjectorController.handle(.enter, view: &view, state: day.state, size: size)
        #expect(effects == [.submit(.cluster(notes: [ids["Borgerne først"]!, ids["Mod til at prøve"]!], name: "Modige borgere"))])
        let record = try day.submit(.cluster(notes: view.marked, name: "Modige borgere"))
        ProjectorController.receive(.saved(record), view: &view)
        #expect(view.marked.isEmpty, "the marks go once the cluster is saved")
        // C on a clustered note renames its cluster; o takes the note out.
        _ = ProjectorController.handle(.text("C"), view: &view, state: day.state, size: size)
        #expect(view.input?.purpose == .clusterRename(cluster: try #require(day.state.cluster(of: ids["Mod til at prøve"]!)).id))
        #expect(view.input?.editor.text == "Modige borgere")
        view.input = nil
        #expect(ProjectorController.handle(.text("o"), view: &view, state: day.state, size: size) == [.submit(.uncluster(note: ids["Mod til at prøve"]!))])
    }

    @Test func mergingClustersIsByPointing() throws {
        let (day, ids) = try Self.day()
        let size = (width: 120, height: 40)
        var view = ProjectorView(language: .danish)
        view.selectedNote = ids["Borgerne først"]
        _ = ProjectorController.handle(.text("M"), view: &view, state: day.state, size: size)
        #expect(view.message == "Den valgte note er ikke i en klynge" && view.clusterMergeSource == nil)
        view.selectedNote = ids["Tid til borgerne"]
        _ = ProjectorController.handle(.text("M"), view: &view, state: day.state, size: size)
        let source = try #require(day.state.cluster(of: ids["Tid til borgerne"]!)).id
        #expect(view.clusterMergeSource == source)
        view.selectedNote = ids["Mere tillid i hverdagen"]
        let target = try #require(day.state.cluster(of: ids["Mere tillid i hverdagen"]!)).id
        #expect(ProjectorController.handle(.enter, view: &view, state: day.state, size: size) == [.submit(.mergeClusters(cluster: source, into: target))])
        #expect(view.clusterMergeSource == nil)
    }

    @Test func vTakesTheVotingOneStepAtATime() throws {
        var day = Day()
        try day.submit(.movePhase(.item(Self.opsamling)))
        let size = (width: 120, height: 40)
        var view = ProjectorView(language: .danish)
        // Nothing to vote on yet: the wall asks, and the engine says why not.
        let open = ProjectorEffect.submit(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil))
        #expect(ProjectorController.handle(.text("v"), view: &view, state: day.state, size: size) == [open])
        #expect(Self.refusal(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil), day.state)?.hasSuffix("har ingen noter endnu, så der er intet at stemme om") == true)
        _ = try day.note("Borgerne først")
        #expect(ProjectorController.handle(.text("v"), view: &view, state: day.state, size: size)
                == [.submit(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil))])
        try day.submit(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil))
        #expect(ProjectorController.handle(.text("v"), view: &view, state: day.state, size: size) == [.submit(.closeVoting(item: nil))])
        try day.submit(.closeVoting(item: nil))
        #expect(ProjectorController.handle(.text("v"), view: &view, state: day.state, size: size) == [.submit(.revealVoting(item: nil))])
        try day.submit(.revealVoting(item: nil))
        #expect(ProjectorController.handle(.text("v"), view: &view, state: day.state, size: size) == [.submit(.revealVoting(item: nil))])
        #expect(Self.refusal(.revealVoting(item: nil), day.state)?.hasPrefix("stemmerne ved punkt") == true)
        #expect(Self.refusal(.revealVoting(item: nil), day.state)?.hasSuffix("vises allerede") == true)
        // V with no key points yet: the engine's answer too.
        #expect(ProjectorController.handle(.text("V"), view: &view, state: day.state, size: size)
                == [.submit(.openVoting(item: nil, on: .keyPoints, dots: nil, maxPerNote: nil))])
        #expect(Self.refusal(.openVoting(item: nil, on: .keyPoints, dots: nil, maxPerNote: nil), day.state)?.hasPrefix("der er ingen hovedpointer endnu") == true)
    }

    /// The engine's refusal of a command from the wall, decided and applied as the journal does,
    /// in Danish as the wall says it (nil: accepted).
    static func refusal(_ command: Command, _ state: SessionState) -> String? {
        do {
            let (actor, event) = try Engine.decide(command, by: .facilitator, in: state)
            var after = state
            try after.apply(EventRecord(sequence: state.lastSequence + 1, id: "t", time: ScreenFixture.at(1), writer: "test",
                                        actor: actor, event: event))
            return nil
        } catch {
            return error.text(danish: true)
        }
    }

    /// Key points from a cluster and from single notes, voted on at the opsamling and shown.
    static func closingDay(revealed: Bool) throws -> Day {
        var (day, ids) = try Self.day()
        try day.submit(.closeVoting(item: nil))
        try day.submit(.revealVoting(item: nil))
        try day.submit(.toggleKeyPoint(note: ids["Tid til at lytte"]!))
        try day.submit(.toggleKeyPoint(note: ids["Borgerne først"]!))
        try day.submit(.toggleKeyPoint(note: ids["Tillid frem for kontrol"]!))
        try day.submit(.addAction(text: "Del dagens hovedpointer med alle chefer", owner: "Direktørgruppen", due: CalendarDate(iso: "2019-09-15")))
        try day.submit(.movePhase(.item(Self.opsamling + 1)))
        // The closing talk: the day's key points are voted on there.
        try day.submit(.openVoting(item: nil, on: .keyPoints, dots: 2, maxPerNote: 1))
        for person in 0..<4 { try day.submit(.vote(note: ids["Tillid frem for kontrol"]!, voter: day.person(person), item: nil, adding: true), by: .participant(id: day.person(person))) }
        try day.submit(.vote(note: ids["Borgerne først"]!, voter: day.person(0), item: nil, adding: true), by: .participant(id: day.person(0)))
        if revealed {
            try day.submit(.closeVoting(item: nil))
            try day.submit(.revealVoting(item: nil))
        }
        return day
    }

    @Test func theClosingViewShowsKeyPointsInVoteOrderAndTheNextSteps() throws {
        var view = ProjectorView(language: .danish)
        view.showClosing = true
        let hidden = try Self.closingDay(revealed: false)
        let before = Self.render(hidden.state, view: view, width: 120, height: 40)
        #expect(!before.joined().contains("stemme"), "no counts before the reveal")
        #expect(try #require(Self.row(of: "Tid", in: before)) < (try #require(Self.row(of: "Tillid", in: before))), "in the order marked")
        let day = try Self.closingDay(revealed: true)
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let lines = Self.render(day.state, view: view, width: width, height: height)
            try Snapshot.check(lines, named: "closing-\(width)x\(height)")
        }
        let lines = Self.render(day.state, view: view, width: 200, height: 60)
        let order = ["Tillid", "Borgerne først", "Tid"].map { Self.row(of: " " + $0, in: lines) }
        #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(lines.joined(separator: "\n"))")
        let text = lines.joined(separator: "\n")
        #expect(text.contains("● 4 stemmer") && text.contains("● 1 stemme"))
        #expect(text.contains("+ 1 note: Tid til borgerne"), "the cluster's other note is merged into its key point")
        #expect(text.contains("Del dagens hovedpointer med alle chefer") && text.contains("Næste skridt"))
        for step in ScreenFixture.workshop.nextSteps { #expect(text.contains(String(step.text.prefix(30))), "\(step.text)") }
    }

    @Test func theLastItemOffersTheClosingViewAndAToggles() throws {
        var day = try Self.closingDay(revealed: true)
        var view = ProjectorView(language: .danish)
        try day.submit(.movePhase(.previous))
        let record = try day.submit(.movePhase(.next))
        ProjectorController.receive(.saved(record), view: &view, state: day.state)
        #expect(view.showClosing)
        #expect(view.message?.contains("Sidste punkt") == true)
        let size = (width: 120, height: 40)
        _ = ProjectorController.handle(.text("A"), view: &view, state: day.state, size: size)
        #expect(!view.showClosing)
        _ = ProjectorController.handle(.text("A"), view: &view, state: day.state, size: size)
        _ = ProjectorController.handle(.escape, view: &view, state: day.state, size: size)
        #expect(!view.showClosing)
        #expect(ProjectorChoiceSet(ProjectorView(language: .danish)).shown == .board)
        var shown = ProjectorView(language: .danish)
        shown.showClosing = true
        var restored = ProjectorView(language: .danish)
        ProjectorChoiceSet(shown).apply(to: &restored, state: day.state)
        #expect(restored.showClosing, "the closing view comes back after a crash")
        // Moved there from another terminal: the projector's loop notices and offers it too.
        var elsewhere = ProjectorView(language: .danish)
        ProjectorController.itemChanged(view: &elsewhere, state: day.state)
        #expect(elsewhere.showClosing)
        // A last item with a board of its own keeps it; the message line says how to show them.
        var program = ScreenFixture.workshop
        program.program = Array(program.program.prefix(Self.opsamling + 1))
        var board = ProjectorView(language: .danish)
        var last = SessionState(workshop: program)
        last = try SessionState.fold(program, [EventRecord(sequence: 1, id: "e1", time: ScreenFixture.at(1), writer: "test",
                                                           actor: .facilitator, event: .phaseMoved(item: Self.opsamling))])
        ProjectorController.itemChanged(view: &board, state: last)
        #expect(!board.showClosing && board.message == "Sidste punkt: A viser dagens hovedpointer og næste skridt")
        // Closed, the title card says how to get it back.
        let card = Self.render(day.state, width: 120, height: 40).joined(separator: "\n")
        #expect(card.contains("A viser dagens hovedpointer og næste skridt"))
    }
}

/// A post-it's height is counted without making its lines, and must be what drawing it takes.
struct PostItHeightTests {
    @Test func theCountedHeightIsTheDrawnOne() throws {
        var (day, ids) = try VotingWallTests.day()
        try day.submit(.markKeyPoint(note: ids["Borgerne først"]!, text: "Borgerne først — og hele vejen, også når det tager tid og koster",
                                     merged: [ids["Mod til at prøve"]!]))
        try day.submit(.uncluster(note: ids["Tid til borgerne"]!))
        try day.submit(.mergeIntoKeyPoint(note: ids["Tid til borgerne"]!, keyPoint: ids["Borgerne først"]!))
        let states = [day.state, ScreenFixture.discussionState()]
        for state in states {
            for showAuthors in [true, false] {
                var view = ProjectorView(language: .danish)
                view.showAuthors = showAuthors
                let frame = ProjectorFrame(state: state, view: view, now: ScreenFixture.at(1), utcOffsetSeconds: 0)
                for note in state.notes.values {
                    for width in [3, 8, 14, 22, 37, 60] {
                        #expect(PostIt.height(note, width: width, frame: frame) == PostIt.lines(note, width: width, frame: frame).count + 2,
                                "\(note.id) at \(width)")
                    }
                }
            }
        }
    }
}
