import Foundation
import PropertyBased
import SamskabCanvas
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession
import Testing

/// One engine, one journal: the same random steps — notes (at a named item and at an anonymous
/// one), key points with a wording, people joining by name and department — carried out through
/// the command line (the real binary), the projector's keys, a kiosk's keys and the phone page's
/// forms, each in its own copy of the same session, leave the same journal. A step a front end has
/// no keys or form for (the kiosk and the phone mark no key points; joining is the kiosk's, the
/// phone's and `join --name`'s) goes through the command line in that copy, so the four journals
/// can still be compared line by line.
///
/// Compared: each line's event. Not compared: its time and id (when it was written), its writer
/// and actor (who asked: the command line asks as the facilitator, a kiosk as a participant) —
/// the same event from two front ends differs there by design.
extension FrontEndsAgreeTests {
    @Test(arguments: [false, true])
    func theSameStepsLeaveTheSameJournalFromEveryFrontEnd(anonymousItem: Bool) async throws {
        let base = try Self.startedDay(anonymousItem: anonymousItem)
        await propertyCheck(count: 10, input: Gen.int(in: 0...Int(Int32.max)).array(of: 1...6)) { steps in
            do {
                let journals = try await Self.journals(base: base, steps: steps.count) { Step(seed: steps[$0], state: $1) }
                #expect(journals.projector == journals.commandLine, "projector and command line differ after \(steps)")
                #expect(journals.kiosk == journals.commandLine, "kiosk and command line differ after \(steps)")
                #expect(journals.phone == journals.commandLine, "phone page and command line differ after \(steps)")
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    /// The machinery writes what it should: a note, a key point, a newcomer, and nothing for
    /// someone already on the list, from each front end alike.
    @Test func knownStepsWriteTheirEvents() async throws {
        let base = try Self.startedDay(anonymousItem: false)
        let roster = try SessionFolder(opening: base).state
        let åse = try #require(roster.participants(named: "Åse Østergaard").first)
        let steps: [Step] = [.note(text: "Tillid\t frem for  kontrol 🍎", person: åse, typed: "åse østergaard"),
                             .keyPoint(note: "n3", wording: "Borgerne \u{1B}[31mførst!"),
                             .join(name: "Bo Ærbø", department: "MKB"),
                             .join(name: "  aase østergaard", department: åse.department ?? "MKB")]
        let journals = try await Self.journals(base: base, steps: steps.count) { index, _ in steps[index] }
        let added = journals.commandLine.suffix(3)
        #expect(added.first?.as(NoteAdded.self)?.draft.text == "Tillid  frem for  kontrol 🍎")
        #expect(added.dropFirst().first == .keyPointMarked(note: "n3", text: "Borgerne først!"))
        #expect(added.last?.as(ParticipantAdded.self)?.name == "Bo Ærbø")
        #expect(journals.projector == journals.commandLine)
        #expect(journals.kiosk == journals.commandLine)
        #expect(journals.phone == journals.commandLine)
    }

    /// The seed day at its first discussion with three notes on the board (the item anonymous or
    /// not), to be copied for each front end.
    static func startedDay(anonymousItem: Bool) throws -> String {
        let folder = try BinaryRunner.scratchFolder()
        let workshops = BinaryRunner.packageRoot.appendingPathComponent("Workshops")
        let name = "ledelse-af-samskabelse-2019-08-30.yaml"
        var definition = try String(contentsOf: workshops.appendingPathComponent(name), encoding: .utf8)
        if anonymousItem {
            definition = definition.replacingOccurrences(of: "    id: graensekrydsende\n", with: "    id: graensekrydsende\n    anonymous: true\n")
        }
        try definition.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: workshops.appendingPathComponent("deltagere-eksempel.csv"),
                                         to: folder.appendingPathComponent("deltagere-eksempel.csv"))
        let started = try BinaryRunner.run(["start", name], in: folder)
        #expect(started.status == 0, "\(started.stderr)")
        let session = folder.appendingPathComponent(started.stdout.trimmingCharacters(in: .newlines)).path
        #expect(try BinaryRunner.run(["phase", session, "3"]).status == 0)
        for text in ["Tillid frem for kontrol", "Borgerne først", "Tid til at lytte"] {
            #expect(try BinaryRunner.run(["note", "add", session, text, "--anonymous"]).status == 0)
        }
        return session
    }

    struct Journals {
        var commandLine: [Event]
        var projector: [Event]
        var kiosk: [Event]
        var phone: [Event]
    }

    /// The steps in four copies of `base`, each through its front end; the events of each journal.
    static func journals(base: String, steps: Int, _ step: (Int, SessionState) -> Step) async throws -> Journals {
        let copies = try (0..<4).map { _ in
            let copy = try BinaryRunner.scratchFolder().appendingPathComponent("session")
            try FileManager.default.copyItem(atPath: base, toPath: copy.path)
            return copy.path
        }
        let projector = try SessionFolder(opening: copies[1])
        let kiosk = try SessionFolder(opening: copies[2])
        var taken: [Step] = []
        for index in 0..<steps {
            _ = try projector.refresh()
            let step = step(index, projector.state)
            taken.append(step)
            try step.commandLine(session: copies[0])
            try step.projector(projector, session: copies[1])
            try step.kiosk(kiosk, session: copies[2])
        }
        let phone = try await phoneJournal(session: copies[3], steps: taken)
        let events = { (path: String) throws -> [Event] in try SessionFolder(opening: path).records.map(\.event) }
        return Journals(commandLine: try events(copies[0]), projector: try events(copies[1]), kiosk: try events(copies[2]), phone: phone)
    }

    /// One step, drawn from a seed: what a person types, and who they are.
    enum Step: Sendable {
        /// A note with its text, by a person named as typed (nil: anonymous).
        case note(text: String, person: Participant?, typed: String?)
        /// A note marked as a key point with a wording of its own.
        case keyPoint(note: String, wording: String)
        /// Someone gives a name and a department to join.
        case join(name: String, department: String)

        static let newNames = ["Bo Ærbø", "Anonym", "  ", "Ny \u{1B}[31mPerson", "E\u{301}mma Lund", "Åse  Østergaard"]

        init(seed: Int, state: SessionState) {
            var draw = Draw(seed: UInt64(seed))
            let roster = state.participants.values.sorted { $0.id < $1.id }
            let pieces = FrontEndsAgreeTests.pieces
            let text = (0..<(1 + draw.next(6))).map { _ in pieces[draw.next(pieces.count)] }.joined()
            let person = draw.next(4) == 0 ? nil : roster[draw.next(roster.count)]
            // A name as people type it: exactly, in lower case, with spaces around, without its accents.
            let spellings = person.map { [$0.name, $0.name.lowercased(), "  \($0.name) ", NameFolding.fold($0.name)] } ?? []
            let typed = spellings.isEmpty ? nil : spellings[draw.next(spellings.count)]
            switch draw.next(3) {
            case 0:
                self = .note(text: text, person: person, typed: typed)
            case 1:
                let open = state.visibleNotes(item: state.position).filter { state.keyPoints[$0.id] == nil }
                guard !open.isEmpty else { self = .note(text: text, person: person, typed: typed); return }
                self = .keyPoint(note: open[draw.next(open.count)].id, wording: text)
            default:
                let departments = state.workshop.departments.map(\.code)
                let name = typed ?? Self.newNames[draw.next(Self.newNames.count)]
                self = .join(name: name, department: person?.department ?? departments[draw.next(departments.count)])
            }
        }

        /// `samskab note add`, `samskab keypoint add --text`, `samskab join --name --department`.
        func commandLine(session: String) throws {
            switch self {
            case .note(let text, _, let typed):
                _ = try BinaryRunner.run(["note", "add", session, text] + (typed.map { ["--author", $0] } ?? ["--anonymous"]))
            case .keyPoint(let note, let wording):
                _ = try BinaryRunner.run(["keypoint", "add", session, note, "--text", wording])
            case .join(let name, let department):
                // The kiosk that would open next finds no terminal here and ends: the join is written before.
                _ = try BinaryRunner.run(["join", session, "--name", name, "--department", department.lowercased(), "--pin", "1234"])
            }
        }

        /// The scribe's keys (`s`, text, author) and `K` on the selected note; joining has no keys here.
        func projector(_ folder: SessionFolder, session: String) throws {
            _ = try folder.refresh()
            var view = ProjectorView(language: .danish)
            let keys: [Key]
            switch self {
            case .note(let text, _, let typed):
                keys = [.text("s"), .paste(text), .enter] + (typed.map { [.paste($0)] } ?? []) + [.enter]
            case .keyPoint(let note, let wording):
                view.selectedNote = note
                keys = [.text("K"), .end, .control("u"), .paste(wording), .enter]
            case .join:
                return try commandLine(session: session)
            }
            for key in keys {
                for case .submit(let command) in ProjectorController.handle(key, view: &view, state: folder.state, size: (width: 120, height: 40)) {
                    _ = FrontEndsAgreeTests.outcome(command, by: .facilitator, in: folder)
                }
            }
        }

        /// The person's keys at a kiosk: writing as themselves or anonymously, or joining through
        /// "I am not on the list"; key points have no keys here.
        func kiosk(_ folder: SessionFolder, session: String) throws {
            _ = try folder.refresh()
            var view = KioskView(language: .danish, pin: "1234")
            func press(_ keys: [Key]) {
                for key in keys {
                    for case .submit(let command) in KioskController.handle(key, view: &view, state: folder.state) {
                        let requester = Requester.participant(id: view.identity?.participant, sitting: view.sitting)
                        KioskController.receive(FrontEndsAgreeTests.outcome(command, by: requester, in: folder), view: &view, state: folder.state)
                    }
                }
            }
            switch self {
            case .note(let text, let person, _):
                view.identity = person.map { KioskView.Identity(participant: $0.id, name: $0.name, department: $0.department) } ?? .anonymous
                view.stage = .writing
                view.sittingSince = folder.state.lastSequence
                press([.paste(text), .enter])
            case .keyPoint:
                try commandLine(session: session)
            case .join(let name, let department):
                press([.paste(name)])
                // "I am not on the list", and once more after the closest names were offered.
                for _ in 0..<2 where view.stage == .pickName {
                    view.selected = KioskController.choices(view, state: folder.state).firstIndex(of: .newPerson) ?? 0
                    press([.enter])
                    if view.stage == .newName { press([.enter]) }
                }
                guard case .newDepartment = view.stage else { return }
                let index = folder.state.workshop.departments.firstIndex { $0.code == department } ?? 0
                press(Array(repeating: .down, count: index) + [.enter])
            }
        }
    }

    /// What the loops of `samskab run` and `samskab join` do with a command: submit it under the
    /// journal's lock, and hand the answer back.
    static func outcome(_ command: Command, by requester: Requester, in folder: SessionFolder) -> CommandOutcome {
        do {
            return .saved(try folder.submit(command, by: requester, writer: "test"))
        } catch {
            return .refused(error.text(danish: true))
        }
    }

    /// Choices drawn from a step's seed, the same for every front end.
    struct Draw {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, count)))
        }
    }
}

/// Comments at the gallery walk: a pair at a table kiosk comments on a note or the whole board;
/// `samskab comment add` is given what the pair pointed at and the speaker's name as typed. The
/// two copies of the walk must keep the same journal.
extension FrontEndsAgreeTests {
    @Test func commentsAtTheWalkLeaveTheSameJournalFromTheKioskAndTheCommandLine() async throws {
        let base = try Self.startedWalk()
        await propertyCheck(count: 8, input: Gen.int(in: 0...Int(Int32.max)).array(of: 1...4)) { seeds in
            do {
                let copies = try (0..<2).map { _ in
                    let copy = try BinaryRunner.scratchFolder().appendingPathComponent("session")
                    try FileManager.default.copyItem(atPath: base, toPath: copy.path)
                    return copy.path
                }
                let kiosk = try SessionFolder(opening: copies[1])
                var comments = 0
                for seed in seeds {
                    let asked = try Self.kioskComment(seed: seed, folder: kiosk)
                    #expect(asked != nil, "the pair at the kiosk came to a comment")
                    guard let asked else { continue }
                    // A comment with anything left once cleaned is written.
                    if NoteText.length(asked.text) > 0 { comments += 1 }
                    _ = try BinaryRunner.run(["comment", "add", copies[0], asked.target, asked.text, "--author", asked.author])
                }
                let commandLine = try SessionFolder(opening: copies[0]).records.map(\.event)
                #expect(try SessionFolder(opening: copies[1]).records.map(\.event) == commandLine, "the kiosk and the command line differ after \(seeds)")
                #expect(commandLine.filter { $0.as(CommentAdded.self) != nil }.count == comments)
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    /// The seed day at its gallery walk, in its first round, with notes by named people on the
    /// boards of the discussion it visits.
    static func startedWalk() throws -> String {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        let program = try SessionFolder(opening: session).state.workshop.program
        let walk = try #require(program.firstIndex { if case .gallery = $0.content { true } else { false } })
        let state = try SessionFolder(opening: session).state
        let visits = try #require(state.gallery(item: walk)?.visitsItem)
        #expect(try BinaryRunner.run(["phase", session, String(visits + 1)]).status == 0)
        let roster = state.participants.values.sorted { $0.id < $1.id }
        for (index, person) in roster.prefix(12).enumerated() {
            let note = ["Tillid frem for kontrol", "Borgerne først", "Tid til at lytte"][index % 3] + " \(index)"
            #expect(try BinaryRunner.run(["note", "add", session, note, "--author", person.name, "--question", String(1 + index % 2)]).status == 0)
        }
        #expect(try BinaryRunner.run(["phase", session, String(walk + 1)]).status == 0)
        return session
    }

    /// A pair at a table kiosk: the pair due there (else the first), a line of the board, a
    /// comment typed, Enter. What it asked for, for the command line: the target as typed there,
    /// the text, and the speaker's name as someone types it.
    static func kioskComment(seed: Int, folder: SessionFolder) throws -> (target: String, text: String, author: String)? {
        _ = try folder.refresh()
        var draw = Draw(seed: UInt64(seed))
        let tables = folder.state.tablePlans[folder.state.gallery(item: folder.state.position)?.visitsItem ?? 0]?.tables.count ?? 1
        var view = KioskView(language: .danish, pin: "1234", table: 1 + draw.next(tables))
        let now = SystemClock.now()
        KioskController.follow(view: &view, state: folder.state, now: now)
        let text = (0..<(1 + draw.next(5))).map { _ in pieces[draw.next(pieces.count)] }.joined()
        var asked: Command?
        func press(_ keys: [Key]) {
            for key in keys {
                for case .submit(let command) in KioskController.handle(key, view: &view, state: folder.state, now: now) {
                    asked = command
                    let requester = Requester.participant(id: view.identity?.participant, sitting: view.sitting)
                    KioskController.receive(outcome(command, by: requester, in: folder), view: &view, state: folder.state)
                }
            }
        }
        press([.enter])
        if view.walk.pair == nil { press([.down, .enter]) }
        press(Array(repeating: .down, count: draw.next(3)) + [.enter, .paste(text), .enter])
        guard case .addComment(let target, let typed, .person(let speaker))? = asked,
              let name = folder.state.participants[speaker]?.name else { return nil }
        let spellings = [name, name.lowercased(), "  \(name) ", NameFolding.fold(name)]
        switch target {
        case .note(let id): return (id, typed, spellings[draw.next(spellings.count)])
        case .board(_, let table): return (String(table), typed, spellings[draw.next(spellings.count)])
        }
    }
}
