import Foundation
import Hummingbird
import HummingbirdTesting
import SamskabFiles
import SamskabModel
import SamskabSession
import Testing
@testable import SamskabWeb

/// The phone page through Hummingbird's router test client: every gate, every refusal, the
/// limits, and that hostile text comes back escaped.
@Suite struct WebRouteTests {
    @Test func theRoomCodeGatesEverything() async throws {
        let fixture = try WebFixture()
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            let first = try await phone.get(client, "/")
            #expect(first.status == .ok)
            let cookie = try #require(first.headers[.setCookie])
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            #expect(phone.lastPage.contains(#"name="code""#))
            #expect(phone.lastPage.contains(#"<label for="code">"#))
            // Nothing else before the code: no note, no live stream, no name list.
            let note = try await phone.post(client, "/notes", [("text", "ind ad bagdøren")])
            #expect(note.status == .seeOther)
            #expect((try await phone.get(client, "/events")).status == .forbidden)
            #expect((try await phone.get(client, "/?q=ase")).status == .ok)
            #expect(!phone.lastPage.contains("Østergaard"))
            // Wrong codes: refused, then limited.
            for _ in 0..<CodeAttempts.perMinute {
                #expect((try await phone.post(client, "/code", [("code", "000000")])).status == .forbidden)
            }
            #expect((try await phone.post(client, "/code", [("code", WebFixture.code)])).status == .tooManyRequests)
        }
        #expect(fixture.store.current().visibleNotes(item: 1).isEmpty)
    }

    @Test func findYourNameAndWriteANote() async throws {
        let fixture = try WebFixture()
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.get(client, "/?q=ase")
            #expect(phone.lastPage.contains("Åse Østergaard"))
            #expect(!phone.lastPage.contains("Bo Berg"))
            #expect(phone.lastPage.contains(#"name="person" value="r1""#))
            #expect((try await phone.post(client, "/me", [("person", "r1")])).status == .seeOther)
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Hvordan?"))
            #expect(phone.lastPage.contains(#"<label for="text">"#))
            let saved = try await phone.post(client, "/notes", [("text", "Æblegrød på Ærø 🍎 — samskabelse"), ("question", "2"),
                                                                ("item", "1")])
            #expect(saved.status == .seeOther)
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Gemt ✓"))
            #expect(phone.lastPage.contains("Æblegrød på Ærø 🍎 — samskabelse"))
        }
        let notes = fixture.store.current().visibleNotes(item: 1)
        #expect(notes.count == 1)
        #expect(notes.first?.authorID == "r1")
        #expect(notes.first?.question == 2)
        #expect(notes.first?.department == "MBU")
    }

    @Test func aFormWithoutItsTokenIsRefused() async throws {
        let fixture = try WebFixture()
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.post(client, "/me/anonymous", [("anonymous", "1")])
            let forged = try await phone.post(client, "/notes", [("text", "fra en anden side")], token: "0123456789abcdef0123456789abcdef")
            #expect(forged.status == .forbidden)
            var stranger = Phone()
            let noCookie = try await stranger.post(client, "/notes", [("text", "uden cookie")], token: phone.token)
            #expect(noCookie.status == .forbidden)
        }
        #expect(fixture.store.current().visibleNotes(item: 1).isEmpty)
    }

    @Test func bodiesURIsAndUnknownPathsAreBounded() async throws {
        let fixture = try WebFixture()
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.post(client, "/me/anonymous", [("anonymous", "1")])
            let big = String(repeating: "a", count: 20 * 1024)
            #expect((try await phone.post(client, "/notes", [("text", big)])).status == .contentTooLarge)
            let long = "/?q=" + String(repeating: "x", count: 3000)
            #expect((try await phone.get(client, long)).status == .uriTooLong)
            // Only the page's own files; no facilitator action exists.
            #expect((try await phone.get(client, "/../journal.jsonl")).status == .notFound)
            #expect((try await phone.get(client, "/web.json")).status == .notFound)
            #expect((try await phone.post(client, "/phase", [("to", "next")])).status == .notFound)
            #expect((try await phone.get(client, "/style.css")).status == .ok)
            let script = try await phone.get(client, "/app.js")
            #expect(script.body.readableBytes < 2048)
        }
        #expect(fixture.store.current().position == 1)
    }

    @Test func hostileTextComesBackEscaped() async throws {
        let fixture = try WebFixture()
        let hostile = #"<script>alert(1)</script>"'><img src=x onerror=alert(2)>"#
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.get(client, "/?q=" + Phone.encode(hostile))
            #expect(!phone.lastPage.contains("<script>alert"))
            #expect(!phone.lastPage.contains("<img"))
            #expect(phone.lastPage.contains("&quot;&#39;&gt;&lt;img"))
            _ = try await phone.post(client, "/me/anonymous", [("anonymous", "1")])
            _ = try await phone.post(client, "/notes", [("text", hostile)])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Gemt"))
            #expect(!phone.lastPage.contains("<script>alert"))
            #expect(!phone.lastPage.contains("<img"))
            #expect(phone.lastPage.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
        #expect(fixture.store.current().visibleNotes(item: 1).first?.text == hostile)
    }

    @Test func nobodyTouchesAnotherPersonsNote() async throws {
        let fixture = try WebFixture()
        try await fixture.app.test(.router) { client in
            var first = Phone(), second = Phone()
            try await first.enter(client)
            try await second.enter(client)
            _ = try await first.post(client, "/me/anonymous", [("anonymous", "1")])
            _ = try await second.post(client, "/me/anonymous", [("anonymous", "1")])
            _ = try await first.post(client, "/notes", [("text", "min egen")])
            let id = try #require(fixture.store.current().visibleNotes(item: 1).first?.id)
            _ = try await second.post(client, "/notes/edit", [("note", id), ("text", "overskrevet")])
            _ = try await second.post(client, "/notes/withdraw", [("note", id)])
            #expect((try await second.get(client, "/edit?note=\(id)")).status == .forbidden)
            // "Ikke mig" on the first phone: the next person there cannot change it either.
            _ = try await first.post(client, "/not-me", [])
            _ = try await first.post(client, "/me/anonymous", [("anonymous", "1")])
            _ = try await first.post(client, "/notes/withdraw", [("note", id)])
            // Its author can, before handing the phone on.
            var third = Phone()
            try await third.enter(client)
            _ = try await third.post(client, "/me", [("person", "r2")])
            _ = try await third.post(client, "/notes", [("text", "Bos note")])
            let bos = try #require(fixture.store.current().visibleNotes(item: 1).last?.id)
            #expect((try await third.get(client, "/edit?note=\(bos)")).status == .ok)
            _ = try await third.post(client, "/notes/edit", [("note", bos), ("text", "Bos rettede note")])
        }
        let notes = fixture.store.current().visibleNotes(item: 1)
        #expect(notes.map(\.text) == ["min egen", "Bos rettede note"])
    }

    /// Picking a name on a phone is the person's word, not a proof: the notes they signed at a
    /// kiosk or on the command line are not the phone's to change, as a kiosk's sitting changes
    /// only what it wrote. The engine refuses it too (the phone asks as its sitting).
    @Test func aNamePickedOnAPhoneDoesNotGiveTheirNotesFromElsewhere() async throws {
        let fixture = try WebFixture()
        let record = try fixture.facilitator(.addNote(NoteRequest(text: "Skrevet ved kiosken", author: .person(id: "r2"))))
        let id = SessionState.noteID(sequence: record.sequence)
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client, as: "r2")
            #expect(!phone.lastPage.contains("/edit?note=\(id)"), "not offered for editing")
            #expect((try await phone.get(client, "/edit?note=\(id)")).status == .forbidden)
            _ = try await phone.post(client, "/notes/edit", [("note", id), ("text", "overskrevet")])
            _ = try await phone.post(client, "/notes/withdraw", [("note", id)])
        }
        #expect(fixture.store.current().visibleNotes(item: 1).map(\.text) == ["Skrevet ved kiosken"])
        // The engine's own answer to a phone's sitting that did not write it.
        let asked = Requester.participant(id: "r2", sitting: Sitting(since: 0, notes: []))
        #expect(throws: SessionError.self) {
            try Engine.decide(.withdrawNote(note: id), by: asked, in: fixture.store.current())
        }
    }

    @Test func aNewPersonJoinsTheRosterAndAnonymIsNotAName() async throws {
        let fixture = try WebFixture()
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.post(client, "/me/new", [("name", "anonym"), ("department", "MBU")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("er ikke et navn"))
            // A name close to one on the list: "is it you?" first, then added when sent again.
            _ = try await phone.post(client, "/me/new", [("name", "Åse"), ("department", "MSO")])
            _ = try await phone.get(client, "/?q=%C3%85se")
            #expect(phone.lastPage.contains("Er det dig?"))
            _ = try await phone.post(client, "/me/new", [("name", "Åse"), ("department", "MSO")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Du er Åse"))
        }
        let added = fixture.store.current().participants.values.filter { $0.name == "Åse" }
        #expect(added.count == 1)
        #expect(added.first?.department == "MSO")
    }

    @Test func notesPerMinuteAreLimited() async throws {
        let fixture = try WebFixture()
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.post(client, "/me/anonymous", [("anonymous", "1")])
            for number in 0...Devices.notesPerMinute {
                _ = try await phone.post(client, "/notes", [("text", "note \(number)")])
            }
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("vent et øjeblik"))
            // The refused note is given back to the editor.
            #expect(phone.lastPage.contains("note \(Devices.notesPerMinute)</textarea>"))
        }
        #expect(fixture.store.current().visibleNotes(item: 1).count == Devices.notesPerMinute)
    }

    @Test func aTalkSaysListenAndTheRoomMovingKeepsTheDraft() async throws {
        let fixture = try WebFixture(atItem: 0)
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.post(client, "/me", [("person", "r1")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Lyt med"))
            #expect(phone.lastPage.contains("Borgmesteren"))
            #expect(!phone.lastPage.contains("<textarea"))
            #expect(phone.lastPage.contains("Noter åbner igen kl."))
            try fixture.moveTo(1)
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("<textarea"))
            try fixture.moveTo(2)
            // Written for item 2 (1-based), sent when the room is at 3: not saved, given back.
            _ = try await phone.post(client, "/notes", [("text", "sent"), ("item", "1")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("gået videre"))
            #expect(phone.lastPage.contains(">sent</textarea>"))
            #expect(phone.lastPage.contains("anonyme i dette punkt"))
            _ = try await phone.post(client, "/notes", [("text", "anonym alligevel"), ("item", "2")])
        }
        let state = fixture.store.current()
        #expect(state.visibleNotes(item: 1).isEmpty)
        #expect(state.visibleNotes(item: 2).map(\.authorID) == [nil])
    }
}

@Suite struct WebVotingTests {
    @Test func dotsArePlacedAndCountsHiddenUntilTheReveal() async throws {
        let fixture = try WebFixture()
        let facilitator = try SessionFolder(opening: fixture.session)
        _ = try facilitator.submit(.addNote(NoteRequest(text: "Tillid først")), by: .facilitator, writer: "test")
        _ = try facilitator.submit(.openVoting(item: nil, on: .notes, dots: 2, maxPerNote: nil), by: .facilitator, writer: "test")
        let note = try #require(fixture.store.current().visibleNotes(item: 1).first?.id)
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.post(client, "/me/anonymous", [("anonymous", "1")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("vælg dit navn for at stemme"))
            _ = try await phone.post(client, "/vote", [("note", note), ("dot", "add")])
            _ = try await phone.post(client, "/not-me", [])
            _ = try await phone.post(client, "/me", [("person", "r1")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("2 af 2 prikker tilbage"))
            // During the voting its box comes first, and the note form is a tap away.
            #expect(phone.lastPage.contains(##"<a href="#note">Skriv en note ↓</a>"##))
            #expect(phone.lastPage.contains(#"id="note""#))
            // The answer to a dot lands beside its ballot, where the person tapped.
            let placed = try await phone.post(client, "/vote", [("note", note), ("dot", "add")])
            #expect(placed.headers[.location] == "/#ballot-" + note)
            _ = try await phone.get(client, "/")
            let ballot = try #require(phone.lastPage.range(of: #"<li id="ballot-\#(note)">"#))
            #expect(phone.lastPage[ballot.upperBound...].hasPrefix(#"<p class="flash" role="status">Prik sat ✓</p>"#))
            for _ in 0..<2 { _ = try await phone.post(client, "/vote", [("note", note), ("dot", "add")]) }
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("0 af 2 prikker tilbage"))
            #expect(phone.lastPage[ballot.upperBound...].contains("flash error"))
            #expect(!phone.lastPage.contains("2 stemmer"))
            _ = try SessionFolder(opening: fixture.session).submit(.revealVoting(item: nil), by: .facilitator, writer: "test")
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("2 stemmer"))
        }
        #expect(fixture.store.current().voteCounts(item: 1)[note] == 2)
    }

    /// A phone takes back only the dots it placed (a kiosk's dots stay the kiosk's, as a kiosk's
    /// sitting cannot take back a phone's), and a button that cannot do anything is not offered.
    @Test func aPhoneTakesBackOnlyItsOwnDots() async throws {
        let fixture = try WebFixture()
        let facilitator = try SessionFolder(opening: fixture.session)
        _ = try facilitator.submit(.addNote(NoteRequest(text: "Tillid først")), by: .facilitator, writer: "test")
        _ = try facilitator.submit(.openVoting(item: nil, on: .notes, dots: 2, maxPerNote: nil), by: .facilitator, writer: "test")
        let note = try #require(fixture.store.current().visibleNotes(item: 1).first?.id)
        // Bo's dot placed at a kiosk.
        _ = try facilitator.submit(.vote(note: note, voter: "r2", item: 1, adding: true),
                                   by: .participant(id: "r2", sitting: Sitting(since: 0)), writer: "kiosk")
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client, as: "r2")
            #expect(phone.lastPage.contains("1 af 2 prikker tilbage"))
            #expect(phone.lastPage.contains(#"value="remove" class="quiet" disabled"#), "nothing of this phone's to take back")
            _ = try await phone.post(client, "/vote", [("note", note), ("dot", "remove")])
            #expect(fixture.store.current().voteCounts(item: 1)[note] == 1, "the kiosk's dot stays")
            _ = try await phone.post(client, "/vote", [("note", note), ("dot", "add")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("0 af 2 prikker tilbage"))
            #expect(phone.lastPage.contains(#"value="add" disabled"#), "no dot left to place")
            #expect(!phone.lastPage.contains(#"value="remove" class="quiet" disabled"#))
            _ = try await phone.post(client, "/vote", [("note", note), ("dot", "remove")])
            _ = try await phone.post(client, "/vote", [("note", note), ("dot", "remove")])
        }
        #expect(fixture.store.current().voteCounts(item: 1)[note] == 1, "its own dot taken back, the kiosk's kept")
    }
}
