import Foundation
import Hummingbird
import HummingbirdTesting
import SamskabFiles
import SamskabModel
import SamskabSession
import Testing
@testable import SamskabWeb

/// What the room page offers, as the kiosk does: the question choice, breaks and their times, and
/// a visible label on every field of every page.
@Suite struct WebPageTests {
    /// The radio button of a question choice that the page has checked (nil: none).
    static func checkedQuestion(_ page: String) -> String? {
        for chunk in page.components(separatedBy: "<input").dropFirst() where chunk.contains(#"name="question""#) {
            let tag = chunk.prefix { $0 != ">" }
            if tag.contains("checked"), let range = tag.range(of: #"id=""#) {
                return String(tag[range.upperBound...].prefix { $0 != "\"" })
            }
        }
        return nil
    }

    @Test func theQuestionStartsFromGeneralAgainAfterASaveAndStaysWithARefusedNote() async throws {
        let fixture = try WebFixture()
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client, as: "r1")
            // As at the kiosk: general (no particular question) first and chosen.
            #expect(Self.checkedQuestion(phone.lastPage) == "question-0")
            #expect(phone.lastPage.contains("Generelt — intet bestemt spørgsmål"))
            #expect(phone.lastPage.range(of: "question-0")!.lowerBound < phone.lastPage.range(of: "question-1")!.lowerBound)
            _ = try await phone.post(client, "/notes", [("text", "Til spørgsmål 2"), ("question", "2"), ("item", "1")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Gemt ✓"))
            #expect(Self.checkedQuestion(phone.lastPage) == "question-0")
            // Refused (too long): given back with the question it was for.
            let long = String(repeating: "ø", count: 501)
            _ = try await phone.post(client, "/notes", [("text", long), ("question", "2"), ("item", "1")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("flash error"))
            #expect(phone.lastPage.contains(long + "</textarea>"))
            #expect(Self.checkedQuestion(phone.lastPage) == "question-2")
            // Met a moved room: given back, the question left to choose again.
            try fixture.moveTo(2)
            _ = try await phone.post(client, "/notes", [("text", "for sent"), ("question", "2"), ("item", "1")])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains(">for sent</textarea>"))
        }
        #expect(fixture.store.current().visibleNotes(item: 1).map(\.question) == [2])
    }

    @Test func withdrawingAsksFirstAsAtTheKiosk() async throws {
        let fixture = try WebFixture()
        try await fixture.app.test(.router) { client in
            var phone = Phone(), other = Phone()
            try await phone.enter(client, as: "r1")
            _ = try await phone.post(client, "/notes", [("text", "Måske en fejl"), ("item", "1")])
            let note = try #require(fixture.store.current().visibleNotes(item: 1).first)
            _ = try await phone.get(client, "/")
            // The page links to the question, it does not withdraw at a tap.
            #expect(phone.lastPage.contains(#"href="/notes/withdraw?note=\#(note.id)""#))
            #expect((try await phone.get(client, "/notes/withdraw?note=\(note.id)")).status == .ok)
            #expect(phone.lastPage.contains("Fjern din note?") && phone.lastPage.contains("Måske en fejl"))
            #expect(fixture.store.current().visibleNotes(item: 1).count == 1)
            try await other.enter(client, as: "r2")
            #expect((try await other.get(client, "/notes/withdraw?note=\(note.id)")).status == .forbidden)
            _ = try await phone.post(client, "/notes/withdraw", [("note", note.id)])
            _ = try await phone.get(client, "/")
            #expect(phone.lastPage.contains("Noten er trukket tilbage"))
        }
        #expect(fixture.store.current().visibleNotes(item: 1).isEmpty)
    }

    @Test func aBreakSaysUntilWhenAndWhenNotesOpenAgain() async throws {
        let fixture = try WebFixture(atItem: 3, definition: WalkDay.definition, roster: WalkDay.roster)
        let before = SystemClock.now()
        try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client, as: "r1")
            let after = SystemClock.now()
            // The break's 15 minutes from when the program arrived at it; the opsamling follows at once.
            let times = [before, after].map {
                $0.adding(seconds: 15 * 60).localClock(utcOffsetSeconds: SystemClock.utcOffset(at: $0)).description
            }
            #expect(times.contains { phone.lastPage.contains("Pause — noterne åbner igen kl. \($0)") })
            #expect(!phone.lastPage.contains("<textarea"))
        }
    }

    /// Every field a person fills in or chooses has a visible label, on every page.
    @Test func everyFieldHasAVisibleLabel() async throws {
        let fixture = try WalkDay.walking()
        let pages = try await fixture.app.test(.router) { client in
            var pages: [String] = []
            var phone = Phone()
            pages.append(String(buffer: try await phone.get(client, "/").body))
            _ = try await phone.post(client, "/code", [("code", WebFixture.code)])
            pages.append(String(buffer: try await phone.get(client, "/").body))
            _ = try await phone.post(client, "/me", [("person", "r1")])
            pages.append(String(buffer: try await phone.get(client, "/").body))
            let note = try #require(fixture.store.current().visibleNotes(item: WalkDay.discussion).first)
            pages.append(String(buffer: try await phone.get(client, "/walk/comment?note=\(note.id)").body))
            try fixture.moveTo(WalkDay.discussion)
            _ = try await phone.post(client, "/notes", [("text", "Min note"), ("item", String(WalkDay.discussion))])
            try fixture.facilitator(.openVoting(item: nil, on: .notes, dots: 3, maxPerNote: nil))
            pages.append(String(buffer: try await phone.get(client, "/").body))
            let own = try #require(fixture.store.current().visibleNotes(item: WalkDay.discussion).last)
            pages.append(String(buffer: try await phone.get(client, "/edit?note=\(own.id)").body))
            return pages
        }
        #expect(pages.count == 6)
        // The code, the names, the walk's board, a comment, notes with a voting, an own note's editor.
        #expect(pages[0].contains(#"id="code""#) && pages[1].contains(#"id="name""#) && pages[2].contains(#"id="walk""#))
        #expect(pages[3].contains("<textarea") && pages[4].contains(#"id="voting""#) && pages[4].contains(#"id="question-0""#))
        #expect(pages[5].contains(">Min note</textarea>"))
        for page in pages {
            for field in ["input", "textarea", "select"] {
                for chunk in page.components(separatedBy: "<" + field).dropFirst() {
                    let tag = String(chunk.prefix { $0 != ">" })
                    guard !tag.contains(#"type="hidden""#) else { continue }
                    let id = tag.range(of: #" id=""#).map { String(tag[$0.upperBound...].prefix { $0 != "\"" }) }
                    #expect(id.map { page.contains(#"<label for="\#($0)">"#) } == true, "a \(field) without a label: \(tag)")
                }
            }
        }
    }
}
