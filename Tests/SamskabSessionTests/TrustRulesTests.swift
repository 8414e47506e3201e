import PropertyBased
import SamskabModel
import Testing
@testable import SamskabSession

/// The room's trust, as the engine keeps it for every front end: a name found however it is
/// typed, no duplicate of a person by a missing accent, anonymity that holds, and people who
/// say they are here after all.
struct TrustRulesTests {
    struct Day {
        var state: SessionState
        var sequence = 0

        init(_ names: [(String, String)] = NameSearchTests.forum) {
            state = SessionState(workshop: NameSearchTests.day(names))
        }

        @discardableResult
        mutating func submit(_ command: Command, by requester: Requester = .facilitator) throws -> EventRecord {
            let (actor, event) = try Engine.decide(command, by: requester, in: state, random: 7)
            sequence += 1
            let record = Fixture.Log.record(event, sequence: sequence, by: actor)
            try state.apply(record)
            return record
        }

        func id(_ name: String) -> String { state.participants(named: name).first?.id ?? "?" }
    }

    static func refusal(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as SessionError { return error.message } catch { return "\(error)" }
        return nil
    }

    @Test func aPersonTypedWithoutAccentsIsNotAddedTwice() throws {
        var day = Day()
        let message = Self.refusal { try day.submit(.addParticipant(name: "soren kjaer", department: "MSO")) }
        #expect(message?.contains("did you mean Søren Kjær") == true, "\(message ?? "accepted")")
        #expect(day.state.participants.count == NameSearchTests.forum.count, "nobody was added")
        // In another department it is another person of the same name.
        try day.submit(.addParticipant(name: "Soren Kjaer", department: "MBU"))
        #expect(day.state.participants.count == NameSearchTests.forum.count + 1)
    }

    @Test(arguments: ["anonym", "Anonymous", "ukendt!"])
    func noNameIsNotANewPersonsName(_ name: String) {
        var day = Day()
        let message = Self.refusal { try day.submit(.addParticipant(name: name, department: "MBU"), by: .participant(id: nil)) }
        #expect(message?.contains("write anonymously") == true, "\(message ?? "accepted")")
    }

    @Test func aSignedNoteFindsItsAuthorHoweverTheNameIsTyped() throws {
        var day = Day()
        let record = try day.submit(.addNote(NoteRequest(text: "Tillid", author: .signed(name: "soren kjaer"))))
        let note = try #require(day.state.notes[SessionState.noteID(sequence: record.sequence)])
        #expect(day.state.authorName(of: note) == "Søren Kjær")
        #expect(note.department == "MSO")
        // An id works as well as a name.
        let second = try day.submit(.addNote(NoteRequest(text: "Mod", author: .signed(name: day.id("Åse Østergaard")))))
        #expect(day.state.notes[SessionState.noteID(sequence: second.sequence)]?.authorID == day.id("Åse Østergaard"))
    }

    @Test func aVoterAndAnAbsenteeCanBeNamedByIdOrByName() throws {
        var day = Day()
        try day.submit(.markAbsent(participant: "rene dupont"))
        #expect(day.state.participants[day.id("René Dupont")]?.absent == true)
        try day.submit(.markPresent(participant: day.id("René Dupont")))
        #expect(day.state.participants[day.id("René Dupont")]?.absent == false)
        let message = Self.refusal { try day.submit(.markAbsent(participant: "Rune")) }
        #expect(message == "there is nobody called 'Rune' on the roster; did you mean René Dupont (MBU)?" || message?.hasPrefix("there is nobody called 'Rune'") == true)
    }

    @Test func aParticipantMaySayOnlyThatTheyThemselvesAreHere() throws {
        var day = Day()
        let lene = day.id("Lene Søgaard"), zoe = day.id("Zoë Lind")
        try day.submit(.markAbsent(participant: lene))
        try day.submit(.markAbsent(participant: zoe))
        try day.submit(.markPresent(participant: lene), by: .participant(id: lene))
        #expect(day.state.participants[lene]?.absent == false)
        let message = Self.refusal { try day.submit(.markPresent(participant: zoe), by: .participant(id: lene)) }
        #expect(message == "a participant can only say that they themselves are here")
        #expect(day.state.participants[zoe]?.absent == true)
        // Undo takes the arrival back.
        try day.submit(.undo)
        #expect(day.state.participants[zoe]?.absent == false, "the facilitator's last action, zoe's absence, is undone")
    }

    /// Any author any front end gives, on an anonymous item: none is stored.
    @Test func anAnonymousItemNeverStoresAnAuthor() async throws {
        let authors: [AuthorChoice] = [.anonymous, .signed(name: "Søren Kjær"), .signed(name: "soren"), .signed(name: "Ny Person"),
                                       .signed(name: "r2"), .person(id: "r1"), .person(id: "r6")]
        let requesters: [Requester] = [.facilitator, .participant(id: nil), .participant(id: "r1")]
        await propertyCheck(count: 200, input: Gen.int(in: 0...1000).array(of: 1...12)) { choices in
            var day = Day()
            for choice in choices {
                let item = 1 + choice % 2
                let request = NoteRequest(text: "Note \(choice)", author: authors[choice % authors.count],
                                          department: choice % 5 == 0 ? "MBU" : nil, item: item)
                let record = try day.submit(.addNote(request), by: requesters[choice % requesters.count])
                let draft = try #require(record.event.as(NoteAdded.self)).draft
                #expect(draft.authorID == nil && draft.author == nil, "\(request)")
                #expect(day.state.notes[SessionState.noteID(sequence: record.sequence)]?.authorID == nil)
            }
            #expect(day.state.participants.count == NameSearchTests.forum.count, "nobody joined the roster by a note")
        }
    }

    @Test func textIsCleanedByTheEngineWhateverTheFrontEnd() throws {
        var day = Day()
        let record = try day.submit(.addNote(NoteRequest(text: "  Tillid\u{1B}[31m rød\u{7}  ", author: .anonymous, item: 0)))
        #expect(record.event.as(NoteAdded.self)?.draft.text == "Tillid rød")
        let edited = try day.submit(.editNote(note: SessionState.noteID(sequence: record.sequence), text: "Ny\u{202E} tekst "))
        #expect(edited.event.as(NoteEdited.self)?.text == "Ny tekst")
        let message = Self.refusal { try day.submit(.addNote(NoteRequest(text: " \u{1B}[2J ", author: .anonymous, item: 0))) }
        #expect(message == "the note is empty; write some text")
    }
}
