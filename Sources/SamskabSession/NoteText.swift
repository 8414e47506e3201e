import Foundation
import SamskabJournalLine

/// Text hygiene at the door: what reaches the journal and the wall is clean text.
/// NFC-normalised; control characters and terminal escape sequences removed
/// (newlines kept); bidirectional overrides removed; at most `maximumLength` characters.
public enum NoteText {
    public static let maximumLength = 500
    public static let maximumNameLength = 80

    /// Decodes bytes typed or piped in; invalid UTF-8 is refused, never repaired silently.
    public static func decode(_ bytes: [UInt8], what: String = "the note") throws(SessionError) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            case .error:
                throw SessionError("\(what) is not valid UTF-8 text (bad byte at position \(offset + 1)); "
                                   + "set your terminal to UTF-8 and type it again",
                                   danish: "teksten er ikke gyldig UTF-8 (forkert byte ved position \(offset + 1)); "
                                   + "sæt terminalen til UTF-8 og skriv den igen")
            }
        }
    }

    /// Refuses a text longer than the limit. Counting characters walks grapheme clusters, so the
    /// byte count answers first: no text of at most 500 bytes has more than 500 characters.
    /// What a note's text in an event must be, whoever wrote the line: not empty, not too long.
    public static func checkStored(_ text: String) throws(SessionError) {
        if text.isEmpty { throw SessionError("the note is empty", danish: "noten er tom") }
        try checkLength(text)
    }

    public static func checkLength(_ text: String) throws(SessionError) {
        try checkBytes(text)
        guard text.utf8.count > maximumLength, text.count > maximumLength else { return }
        throw SessionError("the note is longer than \(maximumLength) characters",
                           danish: "noten er længere end \(maximumLength) tegn")
    }

    static func checkBytes(_ text: String) throws(SessionError) {
        if text.utf8.count > maximumBytes {
            throw SessionError("the note takes \(text.utf8.count) bytes; the limit is \(maximumBytes) (hidden joiners count too)",
                               danish: "noten fylder \(text.utf8.count) byte; grænsen er \(maximumBytes) (usynlige tegn tæller med)")
        }
    }

    /// Bytes as well as characters are capped: 500 characters can hide 70 KB of zero-width
    /// joiners. 8 KiB is far above any 500 characters a person types (emoji included).
    public static let maximumBytes = 8192

    /// The characters of a text as typed that the engine counts against `maximumLength` (once
    /// cleaned). An editor's live counter says this, so the counter and the refusal agree.
    public static func length(_ raw: String) -> Int {
        cleaned(raw).count
    }

    private static func cleaned(_ raw: String) -> String {
        stripControls(raw, keepNewlines: true)
            .precomposedStringWithCanonicalMapping
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Cleans a note's text; throws when nothing is left or it is too long.
    public static func clean(_ raw: String) throws(SessionError) -> String {
        let text = cleaned(raw)
        if text.isEmpty {
            throw SessionError("the note is empty; write some text", danish: "Noten er tom; skriv noget tekst")
        }
        try checkBytes(text)
        if text.count > maximumLength {
            let over = text.count - maximumLength
            throw SessionError("the note is \(text.count) characters long; the limit is \(maximumLength) — shorten it by \(over)",
                               danish: "Noten er \(text.count) tegn lang; grænsen er \(maximumLength) — gør den \(over) tegn kortere")
        }
        return text
    }

    /// Cleans a one-line value such as a name or a group; nil when nothing is left.
    public static func cleanName(_ raw: String, what: String) throws(SessionError) -> String? {
        let text = stripControls(raw, keepNewlines: false)
            .precomposedStringWithCanonicalMapping
            .trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        // Bytes as well as characters: one character can hide hundreds of combining marks or joiners,
        // and a message must not call that "1 characters long".
        let bytes = text.utf8.count, limit = maximumNameLength * 8
        if bytes > limit {
            throw SessionError("\(what) takes \(bytes) bytes; the limit is \(limit) (combining marks and hidden joiners count too)",
                               danish: "navnet fylder \(bytes) byte; grænsen er \(limit) (accenttegn og usynlige tegn tæller med)")
        }
        if text.count > maximumNameLength {
            throw SessionError("\(what) is \(text.count) characters long; the limit is \(maximumNameLength)",
                               danish: "navnet er \(text.count) tegn langt; grænsen er \(maximumNameLength)")
        }
        return text
    }

    /// Removes C0/C1 controls (except newline), DEL, ANSI/VT escape sequences and bidi overrides
    /// (`TextHygiene`, which the journal line reader applies too).
    public static func stripControls(_ raw: String, keepNewlines: Bool) -> String {
        TextHygiene.stripControls(raw, keepNewlines: keepNewlines)
    }
}
