import Foundation
import Hummingbird
import HummingbirdTesting
import SamskabFiles
import SamskabModel
import SamskabSession
import Testing
@testable import SamskabWeb

/// A day with a gallery walk: twelve people at six tables of two in the discussion (item 2), then
/// the walk over its boards (item 3: five rounds of five minutes, four at the boards a pair
/// has not helped make, then the reflection), a break and an opsamling.
enum WalkDay {
    static let discussion = 1
    static let gallery = 2

    static let definition = WebFixture.head + """
        program:
          - kind: talk
            title: Velkomst
            minutes: 10
          - kind: discussion
            title: Drøftelse
            questions: [Hvorfor?, Hvordan?]
            group_size: 2
            minutes: 30
          - kind: gallery
            title: Fernisering
            question: Hvad tager I med herfra?
            station_minutes: 5
            minutes: 25
          - kind: break
            title: Kaffe
            minutes: 15
          - kind: harvest
            title: Opsamling
            prompts: [Det vigtigste er…]
            minutes: 20

        """

    static let roster = "navn;afdeling\nÅse Østergaard;MBU\nBo Berg;MSO\nCarl Clausen;MBU\nDitte Dam;MSO\n"
        + "Erik Eng;MBU\nFrida Friis;MSO\nGustav Gram;MBU\nHanne Holm;MSO\n"
        + "Ib Isaksen;MBU\nJytte Juul;MSO\nKim Krog;MBU\nLis Lund;MSO\n"

    /// The discussion with two notes at each table, then the walk (its pairs made by the engine
    /// as the program arrives at it, its clock running from now).
    static func walking() throws -> WebFixture {
        let fixture = try WebFixture(atItem: discussion, definition: definition, roster: roster)
        let folder = try SessionFolder(opening: fixture.session)
        let plan = try #require(folder.state.tablePlans[discussion])
        for table in plan.tables {
            for (index, member) in table.members.prefix(2).enumerated() {
                _ = try folder.submit(.addNote(NoteRequest(text: "\(table.name): note \(index + 1)", author: .person(id: member),
                                                           question: index + 1)),
                                      by: .participant(id: member), writer: "test")
            }
        }
        try fixture.moveTo(gallery)
        return fixture
    }

    /// The pair (0-based) a person walks in, and the table it stands at in a round.
    static func board(of person: String, round: Int, in state: SessionState) -> (group: Int, table: Int?)? {
        guard let plan = state.pairPlans[gallery], let group = plan.group(of: person) else { return nil }
        return (group, plan.station(group: group, round: round))
    }
}

@Suite struct WebWalkTests {
    @Test func aPairSeesItsBoardCommentsAndGivesAPlusOne() async throws {
        let fixture = try WalkDay.walking()
        let state = fixture.store.current()
        let (group, table) = try #require(WalkDay.board(of: "r1", round: 0, in: state))
        let station = try #require(table)
        let names = try #require(state.pairPlans[WalkDay.gallery]?.groups[group]).compactMap { state.participants[$0]?.name }
        #expect(names.count >= 2)
        let note = try #require(state.boardNotes(visited: WalkDay.discussion, table: station).first)
        let stationName = state.stationName(station, visited: WalkDay.discussion)
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client, as: "r1")
            #expect(phone.lastPage.contains("Runde 1 af 5"))
            #expect(phone.lastPage.contains("Gå til \(stationName)"))
            #expect(phone.lastPage.contains(names.joined(separator: " &amp; ")))
            #expect(phone.lastPage.contains(note.text))
            #expect(phone.lastPage.contains("Derefter: "))
            // At a board there is nothing to write but comments: no note editor on the page.
            #expect(!phone.lastPage.contains("<textarea"))
            // A comment: its own page, then the board shows it signed by the pair.
            let commentPage = try await phone.get(client, "/walk/comment?note=\(note.id)")
            #expect(commentPage.status == .ok)
            #expect(phone.lastPage.contains(#"<label for="text">"#))
            #expect(phone.lastPage.contains(note.text))
            #expect((try await phone.post(client, "/walk/comment", [("note", note.id), ("text", "Godt set — også hos os")])).status == .seeOther)
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Kommentaren er gemt ✓"))
            #expect(phone.lastPage.contains("— Godt set — også hos os"))
            // The whole board takes a comment too.
            _ = try await phone.post(client, "/walk/comment", [("table", String(station)), ("text", "Hele bordet peger på tillid")])
            // A +1, once per pair: the button gives way to a line saying so; a second is refused.
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains(#"action="/walk/plus-one""#))
            _ = try await phone.post(client, "/walk/plus-one", [("note", note.id)])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("+1 givet ✓"))
            #expect(phone.lastPage.contains("+1 ×1"))
            #expect(phone.lastPage.contains("I har givet +1 ✓"))
            _ = try await phone.post(client, "/walk/plus-one", [("note", note.id)])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("flash error"))
            #expect(phone.lastPage.contains("allerede givet"))
        }
        let after = fixture.store.current()
        let comments = after.comments(on: note.id)
        #expect(comments.count == 1)
        #expect(comments.first?.pair == group + 1 && comments.first?.gallery == WalkDay.gallery)
        #expect(comments.first.flatMap { after.authorName(of: $0) } == names.joined(separator: " & "))
        #expect(after.comments(onBoard: WalkDay.discussion, table: station).map(\.text) == ["Hele bordet peger på tillid"])
        #expect(after.plusOnes[note.id]?.count == 1)
    }

    @Test func theNextRoundShowsTheNextBoardAndTheReflectionTakesANote() async throws {
        let fixture = try WalkDay.walking()
        let before = fixture.store.current()
        let version = LiveVersion.of(before, at: SystemClock.now())
        try fixture.facilitator(.skipRound)
        let state = fixture.store.current()
        #expect(LiveVersion.of(state, at: SystemClock.now()) != version)
        let plan = try #require(state.pairPlans[WalkDay.gallery])
        // Round 2 at the boards, a next board after it, and a reflection round at the end.
        #expect(plan.visitingRounds == 4 && plan.visits.count == 5)
        let (group, table) = try #require(WalkDay.board(of: "r2", round: 1, in: state))
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client, as: "r2")
            #expect(phone.lastPage.contains("Runde 2 af 5"))
            let here = try #require(table)
            #expect(phone.lastPage.contains("Gå til \(state.stationName(here, visited: WalkDay.discussion))"))
            let next = try #require(plan.station(group: group, round: 2))
            #expect(phone.lastPage.contains("Derefter: \(state.stationName(next, visited: WalkDay.discussion))"))
            try fixture.facilitator(.skipRound)
            try fixture.facilitator(.skipRound)
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Runde 4 af 5"))
            #expect(phone.lastPage.contains("Derefter: refleksion med din makker"))
            try fixture.facilitator(.skipRound)
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Refleksion: drøft spørgsmålet med din makker"))
            #expect(phone.lastPage.contains("Hvad tager I med herfra?"))
            #expect(phone.lastPage.contains("<textarea"))
            _ = try await phone.post(client, "/notes", [("text", "Vi tager tilliden med"), ("item", String(WalkDay.gallery))])
        }
        #expect(fixture.store.current().visibleNotes(item: WalkDay.gallery).map(\.text) == ["Vi tager tilliden med"])
    }

    @Test func withoutAPairThePageSaysSo() async throws {
        let fixture = try WalkDay.walking()
        let note = try #require(fixture.store.current().visibleNotes(item: WalkDay.discussion).first)
        try fixture.facilitator(.markAbsent(participant: "r3"))
        try await fixture.app.test(.router) { client in
            // Anonymous: pick a name to walk.
            var anonymous = Phone()
            try await anonymous.enter(client)
            _ = try await anonymous.post(client, "/me/anonymous", [("anonymous", "1")])
            _ = try await anonymous.get(client, "/")
            #expect(anonymous.lastPage.contains("vælg dit navn for at se jeres tavle"))
            _ = try await anonymous.post(client, "/walk/plus-one", [("note", note.id)])
            _ = try await anonymous.get(client, "/")
            #expect(anonymous.lastPage.contains("flash error"))
            // Someone who joins after the pairs were made walks in none: said, and notes still open.
            var newcomer = Phone()
            try await newcomer.enter(client)
            _ = try await newcomer.post(client, "/me/new", [("name", "Ingrid Iversen"), ("department", "MBU")])
            _ = try await newcomer.get(client, "/")
            #expect(newcomer.lastPage.contains("Du går ikke i et par"))
            #expect(newcomer.lastPage.contains("<textarea"))
            _ = try await newcomer.post(client, "/walk/comment", [("note", note.id), ("text", "uden par")])
            #expect((try await newcomer.get(client, "/walk/comment?note=\(note.id)")).status == .seeOther)
            // Marked absent: out of the pairs, and a way to say one is here.
            var absent = Phone()
            try await absent.enter(client)
            _ = try await absent.post(client, "/me", [("person", "r3")])
            try fixture.facilitator(.markAbsent(participant: "r3"))
            _ = try await absent.get(client, "/")
            #expect(absent.lastPage.contains("Du er meldt fraværende"))
            #expect(absent.lastPage.contains("Jeg er her"))
            // A note that is not on the walk's boards is refused, whoever asks.
            var walker = Phone()
            try await walker.enter(client)
            _ = try await walker.post(client, "/me", [("person", "r1")])
            _ = try await walker.post(client, "/walk/plus-one", [("note", "n999")])
            _ = try await walker.get(client, "/")
            #expect(walker.lastPage.contains("ikke på fernisering"))
        }
        let state = fixture.store.current()
        #expect(state.comments.isEmpty)
        #expect(state.plusOnes.isEmpty)
    }
}
