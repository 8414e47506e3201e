import Testing
@testable import SamskabSession

struct NoteTextTests {
    @Test func keepsDanishEmojiAndNewlines() throws {
        #expect(try NoteText.clean("Æblegrød på Ærø 🍎 — samskabelse\nlinje 2") == "Æblegrød på Ærø 🍎 — samskabelse\nlinje 2")
        #expect(try NoteText.clean("👩‍👩‍👧 🇩🇰 ❤️") == "👩‍👩‍👧 🇩🇰 ❤️", "joiners, flags and variation selectors stay")
    }

    /// The editors' live counter counts what the engine counts: the text once cleaned.
    @Test func theCounterCountsAsTheEngineDoes() throws {
        for raw in ["  Tillid \t", "A\u{030A}se", "\u{1B}[31mrød\u{1B}[0m", "e\u{301}\u{202E}", "🍎\n\n"] {
            #expect(NoteText.length(raw) == (try NoteText.clean(raw)).count, "\(raw.debugDescription)")
        }
        #expect(NoteText.length("   ") == 0)
    }

    @Test func normalisesToNFC() throws {
        let decomposed = "A\u{030A}se" // Å as A + combining ring
        let cleaned = try NoteText.clean(decomposed)
        #expect(cleaned.unicodeScalars.map(\.value) == [0xC5, 0x73, 0x65])
    }

    @Test(arguments: [
        ("rød\u{1B}[31mtekst\u{1B}[0m", "rødtekst"),
        ("titel\u{1B}]0;pwned\u{07}her", "titelher"),
        ("osc\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "osclink"),
        ("a\u{9B}2Jb", "ab"),
        ("klokke\u{07}\u{08}\u{7F}", "klokke"),
        ("linje1\r\nlinje2\rlinje3", "linje1\nlinje2\nlinje3"),
        ("tab\there", "tab here"),
        ("\u{202E}evil\u{202C}", "evil"),
        ("  \n omgivet af luft \n ", "omgivet af luft"),
    ])
    func removesControlsAndEscapes(_ raw: String, _ expected: String) throws {
        #expect(try NoteText.clean(raw) == expected)
    }

    @Test func refusesEmptyAndOverlongNotes() throws {
        #expect(throws: SessionError("the note is empty; write some text")) { try NoteText.clean(" \u{1B}[2J \n") }
        let long = String(repeating: "æ", count: 501)
        #expect(throws: SessionError("the note is 501 characters long; the limit is 500 — shorten it by 1")) {
            try NoteText.clean(long)
        }
        #expect(try NoteText.clean(String(repeating: "🍎", count: 500)).count == 500, "the limit counts characters, not bytes")
    }

    @Test func refusesInvalidUTF8() {
        #expect(throws: SessionError("the note is not valid UTF-8 text (bad byte at position 2); set your terminal to UTF-8 and type it again")) {
            try NoteText.decode([0x53, 0xC3, 0xF8, 0x72])
        }
    }

    @Test func namesAreOneLine() throws {
        #expect(try NoteText.cleanName(" Åse\nØstergaard ", what: "the name") == "Åse Østergaard")
        #expect(try NoteText.cleanName(" \u{1B}[1m ", what: "the name") == nil)
    }

    @Test func timestampsRoundTripAsISO8601() throws {
        let stamp = Timestamp(millisecondsSinceEpoch: 1_567_155_600_123)
        #expect(stamp.description == "2019-08-30T09:00:00.123Z")
        #expect(Timestamp(iso: stamp.description) == stamp)
        #expect(Timestamp(iso: "2019-08-30T09:00:00Z")?.millisecondsSinceEpoch == 1_567_155_600_000)
        #expect(Timestamp(iso: "1969-12-31T23:59:59.000Z")?.millisecondsSinceEpoch == -1000)
        #expect(Timestamp(iso: "2019-13-30T09:00:00Z") == nil)
    }
}
