import Testing
import SamskabModel
@testable import SamskabSession

struct FoldTests {
    @Test func notesGetIDsFromTheirSequenceAndCanonicalDepartments() throws {
        var log = Fixture.Log()
        log.add(.phaseMoved(item: 1))
        log.add(.noteAdded(NoteDraft(text: "Æblegrød 🍎", author: "Åse Østergaard", department: "mbu", item: 1, question: 2)),
                by: .participant)
        let state = try SessionState.fold(Fixture.workshop, log.records)
        let note = try #require(state.notes["n2"])
        #expect(note.text == "Æblegrød 🍎")
        #expect(note.department == "MBU")
        #expect(note.question == 2)
        #expect(state.visibleNotes(item: 1).map(\.id) == ["n2"])
    }

    // That a day's journal, written and read back, folds to the same state is checked over random
    // days of commands in EngineProperties (it replaces a test that compared a fold with itself).

    @Test(arguments: [
        (Event.noteAdded(NoteDraft(text: "x", item: 0)), "item 1, 'Velkomst' (talk), takes no notes; notes can be added during a discussion, gallery or harvest"),
        (Event.noteAdded(NoteDraft(text: "x", item: 1, question: 3)), "item 2 has no question 3; its questions are 1–2"),
        (Event.noteAdded(NoteDraft(text: "x", department: "MXX", item: 1)), "unknown department 'MXX'; the departments are: MBU, MSO"),
        (Event.noteAdded(NoteDraft(text: "x", item: 9)), "there is no item 10; the program has items 1–4"),
        (Event.phaseMoved(item: 0), "the program is already at item 1"),
        (Event.phaseMoved(item: 4), "there is no item 5; the program has items 1–4"),
        (Event.timerPaused(item: 0), "the timer of item 1 is not running"),
        (Event.timerStarted(item: 1), "cannot start the timer of item 2: the current item is 1"),
        (Event.timerExtended(item: 0, minutes: -10), "item 1 has 10 minutes; it cannot be shortened by 10"),
        (Event.noteEdited(note: "n1", text: "x"), "there is no note n1"),
        (Event.keyPointUnmarked(note: "n1"), "note n1 is not a key point"),
        (Event.undone(target: "e1"), "there is nothing to undo"),
        (Event.redone(target: "e1"), "there is nothing to redo"),
        (Event.participantAdded(name: "åse østergaard", department: nil),
         "Åse Østergaard is already on the roster (MBU); two people of one name need different departments"),
        (Event.participantAdded(name: "åse østergaard", department: "MBU"),
         "Åse Østergaard is already on the roster (MBU); two people of one name need different departments"),
        (Event.timerExtended(item: 0, minutes: 2000), "an item can be extended by at most 1440 minutes at a time"),
        (Event.noteAdded(NoteDraft(text: "x", authorID: "p99", item: 1)), "there is no participant p99"),
    ])
    func refusedEventsSayWhyAndChangeNothing(_ event: Event, _ message: String) throws {
        var state = SessionState(workshop: Fixture.workshop)
        let before = state
        var log = Fixture.Log()
        let record = log.add(event)
        #expect(throws: SessionError(message)) { try state.apply(record) }
        #expect(state == before)
    }

    @Test func refusalsSpeakDanishOnDanishScreens() throws {
        var state = SessionState(workshop: Fixture.workshop)
        var log = Fixture.Log()
        let onATalk = log.add(.noteAdded(NoteDraft(text: "x", item: 0)))
        do {
            try state.apply(onATalk)
            Issue.record("a note on a talk was accepted")
        } catch {
            #expect(error.text(danish: true) == "punkt 1, 'Velkomst', tager ikke imod noter; noter kan skrives under drøftelser, fernisering og opsamling")
            #expect(error.text(danish: false).hasPrefix("item 1, 'Velkomst' (talk), takes no notes"))
        }
        do {
            _ = try NoteText.clean("  ")
        } catch {
            #expect(error.text(danish: true) == "Noten er tom; skriv noget tekst")
        }
    }

    @Test func movingThroughTheProgramRunsEachItemsClock() throws {
        var log = Fixture.Log()
        log.add(.timerStarted(item: 0))            // t = 1 s
        log.add(.phaseMoved(item: 1))              // t = 2 s: item 1 ran 1 s
        log.add(.timerExtended(item: 1, minutes: 5)) // t = 3 s
        let state = try SessionState.fold(Fixture.workshop, log.records)
        let now = Timestamp(millisecondsSinceEpoch: 1_567_155_600_000 + 62_000)
        #expect(state.position == 1)
        #expect(state.timer(item: 0).elapsedSeconds(at: now) == 1)
        #expect(!state.timer(item: 0).isRunning)
        #expect(state.remainingSeconds(item: 1, at: now) == 35 * 60 - 60)
        #expect(state.moves.map { [$0.from, $0.to] } == [[0, 1]])
    }

    @Test func participantActionsAreNotUndoneByTheFacilitator() throws {
        var log = Fixture.Log()
        log.add(.phaseMoved(item: 1))
        log.add(.noteAdded(NoteDraft(text: "min note", item: 1)), by: .participant)
        let state = try SessionState.fold(Fixture.workshop, log.records)
        #expect(state.undoTarget == "e1", "undo skips the participant's note and targets the phase move")
    }

    @Test func undoRefusesWhenSomeoneElseChangedThePartSince() throws {
        var log = Fixture.Log()
        log.add(.phaseMoved(item: 1))
        log.add(.noteAdded(NoteDraft(text: "første", item: 1)), by: .participant)
        log.add(.noteEdited(note: "n2", text: "rettet af facilitator"))
        log.add(.noteEdited(note: "n2", text: "rettet igen af forfatteren"), by: .participant)
        var state = try SessionState.fold(Fixture.workshop, log.records)
        let undo = log.add(.undone(target: "e3"))
        #expect(throws: SessionError("cannot undo: note n2 was changed since by someone else")) { try state.apply(undo) }
        #expect(state.notes["n2"]?.text == "rettet igen af forfatteren")
    }

    @Test func undoMustNameTheNewestAction() throws {
        var log = Fixture.Log()
        log.add(.phaseMoved(item: 1))
        log.add(.phaseMoved(item: 2))
        var state = try SessionState.fold(Fixture.workshop, log.records)
        let undo = log.add(.undone(target: "e1"))
        #expect(throws: SessionError("undo must undo the newest facilitator action (e2), not e1")) { try state.apply(undo) }
    }

    @Test func aNewActionClearsRedo() throws {
        var log = Fixture.Log()
        log.add(.phaseMoved(item: 1))
        log.add(.undone(target: "e1"))
        log.add(.timerStarted(item: 0))
        let state = try SessionState.fold(Fixture.workshop, log.records)
        #expect(state.redoTarget == nil)
        #expect(state.undoTarget == "e3")
    }
}

/// Undo then redo of every kind of facilitator event returns the state exactly.
struct UndoRoundTripTests {
    /// What a person sees of the state: everything but the bookkeeping of sequence and stacks.
    struct Visible: Equatable {
        var position: Int
        var timers: [Int: ItemTimer]
        var participants: [Participant]
        var notes: [Note]
        var keyPoints: [KeyPoint]

        init(_ state: SessionState) {
            position = state.position
            timers = state.timers.filter { $0.value != ItemTimer() }
            participants = Array(state.participants.values)
            notes = Array(state.notes.values)
            keyPoints = Array(state.keyPoints.values)
        }
    }

    /// A state to act on: at the discussion, timer running, one participant note.
    static func setUp() -> Fixture.Log {
        var log = Fixture.Log()
        log.add(.phaseMoved(item: 1))
        log.add(.noteAdded(NoteDraft(text: "deltagerens note", item: 1, question: 1)), by: .participant)
        return log
    }

    static let actions: [(String, Event)] = [
        ("participant added", .participantAdded(name: "Bo Ærbø", department: "MSO")),
        ("scribe note", .noteAdded(NoteDraft(text: "skrevet af facilitator", author: "Bo", item: 1))),
        ("note edited", .noteEdited(note: "n2", text: "rettet")),
        ("note withdrawn", .noteWithdrawn(note: "n2")),
        ("phase moved", .phaseMoved(item: 3)),
        ("timer paused", .timerPaused(item: 1)),
        ("timer extended", .timerExtended(item: 1, minutes: 5)),
        ("key point marked", .keyPointMarked(note: "n2", text: "Samskabelse kræver ledelse")),
    ]

    @Test(arguments: actions.map(\.0))
    func undoAndRedoRestoreExactly(_ name: String) throws {
        let event = try #require(Self.actions.first { $0.0 == name }?.1)
        var log = Self.setUp()
        let before = try SessionState.fold(Fixture.workshop, log.records)
        let action = log.add(event)
        let after = try SessionState.fold(Fixture.workshop, log.records)
        #expect(Visible(after) != Visible(before), "the action changes something")
        log.add(.undone(target: action.id))
        #expect(Visible(try SessionState.fold(Fixture.workshop, log.records)) == Visible(before))
        log.add(.redone(target: action.id))
        #expect(Visible(try SessionState.fold(Fixture.workshop, log.records)) == Visible(after))
    }

    @Test func timerStartedAndKeyPointUnmarkedRoundTrip() throws {
        var log = Self.setUp()
        log.add(.timerPaused(item: 1))
        log.add(.keyPointMarked(note: "n2", text: nil))
        for event in [Event.timerStarted(item: 1), .keyPointUnmarked(note: "n2")] {
            let before = try SessionState.fold(Fixture.workshop, log.records)
            let action = log.add(event)
            let after = try SessionState.fold(Fixture.workshop, log.records)
            log.add(.undone(target: action.id))
            #expect(Visible(try SessionState.fold(Fixture.workshop, log.records)) == Visible(before))
            log.add(.redone(target: action.id))
            #expect(Visible(try SessionState.fold(Fixture.workshop, log.records)) == Visible(after))
        }
    }

    /// The history of moves is part of the state undo restores: an undone move never happened.
    @Test func undoingAPhaseMoveTakesItOutOfTheHistory() throws {
        var log = Self.setUp()
        let move = log.add(.phaseMoved(item: 2))
        log.add(.undone(target: move.id))
        let state = try SessionState.fold(Fixture.workshop, log.records)
        #expect(state.moves.map { [$0.from, $0.to] } == [[0, 1]])
        log.add(.redone(target: move.id))
        #expect(try SessionState.fold(Fixture.workshop, log.records).moves.map { [$0.from, $0.to] } == [[0, 1], [1, 2]])
        #expect(state.timer(item: 2).firstStarted == nil, "the item moved to by mistake never started")
    }
}

/// People have ids: names can repeat across departments, be corrected, and contain commas.
struct ParticipantIdentityTests {
    @Test func twoPeopleOfOneNameAreTwoIdsAndNotesFollowARename() throws {
        var log = Fixture.Log()
        log.add(.phaseMoved(item: 1))
        log.add(.participantAdded(name: "Åse Østergaard", department: "MSO"))   // p2; the roster's Åse is MBU (r1)
        log.add(.noteAdded(NoteDraft(text: "hej", authorID: "p2", item: 1, question: 1)), by: .participant)
        log.add(Event(ParticipantRenamed(participant: "p2", name: "Åse Østergård, MSO", department: "MSO")))
        let state = try SessionState.fold(Fixture.workshop, log.records)
        #expect(state.participants.keys.elements == ["r1", "p2"])
        #expect(state.authorName(of: state.notes["n3"]!) == "Åse Østergård, MSO", "the note shows the corrected name")
        #expect(state.participant(named: "åse østergaard")?.id == "r1")
    }

    @Test func theEngineAsksForTheDepartmentWhenANameIsAmbiguous() throws {
        var log = Fixture.Log()
        log.add(.phaseMoved(item: 1))
        log.add(.participantAdded(name: "Åse Østergaard", department: "MSO"))
        let state = try SessionState.fold(Fixture.workshop, log.records)
        let request = NoteRequest(text: "hej", author: .signed(name: "Åse Østergaard"))
        #expect(throws: SessionError("there are several people named Åse Østergaard (MBU, MSO); give the department too")) {
            try Engine.decide(.addNote(request), by: .participant(id: nil), in: state)
        }
        var withDepartment = request
        withDepartment.department = "MSO"
        let (_, event) = try Engine.decide(.addNote(withDepartment), by: .participant(id: nil), in: state)
        #expect(event.as(NoteAdded.self)?.draft.authorID == "p2")
    }

    @Test func aNoteBelongsToOneKeyPointAtMost() throws {
        var log = Fixture.Log()
        log.add(.phaseMoved(item: 1))
        for text in ["a", "b", "c"] { log.add(.noteAdded(NoteDraft(text: text, item: 1, question: 1)), by: .participant) }
        log.add(.keyPointMarked(note: "n2", text: nil, merged: ["n4"]))
        var state = try SessionState.fold(Fixture.workshop, log.records)
        let second = log.add(.keyPointMarked(note: "n3", text: nil, merged: ["n4"]))
        #expect(throws: SessionError("note n4 is already merged into the key point n2")) { try state.apply(second) }
        let third = Fixture.Log.record(.keyPointMarked(note: "n4", text: nil), sequence: second.sequence)
        #expect(throws: SessionError("note n4 is merged into the key point n2; take it out there first")) { try state.apply(third) }
    }
}
