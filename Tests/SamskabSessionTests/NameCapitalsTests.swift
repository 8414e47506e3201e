import Testing
@testable import SamskabSession

/// A new name typed in small letters goes on the roster as a name is spelled; any capital
/// means the person spelled it themselves.
struct NameCapitalsTests {
    @Test(arguments: [
        ("zoe", "Zoe"),
        ("anne-marie kjær", "Anne-Marie Kjær"),
        ("øjvind ågesen", "Øjvind Ågesen"),
        ("  zoe  hansen", "  Zoe  Hansen"),
        ("d'angelo", "D'angelo"),
        ("Zoe", "Zoe"),
        ("de Wit", "de Wit"),
        ("ØSTERGAARD", "ØSTERGAARD"),
        ("McDonald", "McDonald"),
        ("李 小龙", "李 小龙"),
    ])
    func spelled(_ typed: String, _ expected: String) {
        #expect(NameCapitals.spelled(typed) == expected)
    }

    @Test func aNewcomerTypedInSmallLettersJoinsCapitalised() throws {
        var day = TrustRulesTests.Day()
        try day.submit(.join(name: "zoe", department: "MBU"), by: .participant(id: nil))
        #expect(day.state.participants(named: "Zoe").first?.name == "Zoe")
        // A note signed by a name not on the roster is spelled the same way.
        let record = try day.submit(.addNote(NoteRequest(text: "Tillid", author: .signed(name: "lars bo"))))
        let note = try #require(day.state.notes[SessionState.noteID(sequence: record.sequence)])
        #expect(day.state.authorName(of: note) == "Lars Bo")
    }
}
