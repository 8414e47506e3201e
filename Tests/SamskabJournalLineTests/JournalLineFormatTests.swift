import Foundation
import Testing
@testable import SamskabJournalLine

/// The journal line format on its own: the strict reader, the fast scanner, the writer and the
/// reader's hygiene, with no event in sight (those are in SamskabSessionTests' JournalLineTests).
struct JournalLineFormatTests {
    @Test func rowsOfFlatObjectsRoundTrip() throws {
        var writer = JournalLineWriter()
        writer.field("plan", rows: [[("table", .string("Bord 1")), ("person", .string("r3"))],
                                    [("table", .string("Bord 2")), ("seat", .integer(4))]])
        let line = writer.finish()
        let reader = JournalLineReader(line: try ScannedLine.scan(line.dropLast()[...]), version: 2, type: "test")
        let rows = try reader.rows("plan")
        #expect(rows.count == 2)
        #expect(rows[0]["table"] == .string("Bord 1"))
        #expect(rows[1]["seat"] == .integer(4))
    }

    @Test func flatJSONAgreesWithFoundationOnStrings() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["a", "æ", "Å", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}",
                                          "🍎", "\u{200D}", "\u{FE0F}", "😀", "中", " "]
        for _ in 0..<500 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<30, using: &generator) { text.append(alphabet.randomElement(using: &generator)!) }
            let string = String(text)
            var encoded: [UInt8] = Array(#"{"k":"#.utf8)
            JournalLineWriter.appendString(string, to: &encoded)
            encoded.append(UInt8(ascii: "}"))
            let foundation = try JSONSerialization.jsonObject(with: Data(encoded)) as? [String: String]
            #expect(foundation?["k"] == string)
            #expect(try JournalJSON.parse(encoded[...]) == ["k": .string(string)])
        }
    }

    @Test func flatJSONReadsEscapesFoundationWrites() throws {
        let line = Array(#"{"a":"\u00e6\u00f8\u00e5 \ud83c\udf4e \/ \b\f","b":-12,"c":null,"d":true}"#.utf8)
        #expect(try JournalJSON.parse(line[...]) == ["a": .string("æøå 🍎 / \u{8}\u{C}"), "b": .integer(-12), "c": .null,
                                                   "d": .boolean(true)])
        let lists = Array(#"{"a":["x","æ"],"b":[],"c":[{"k":1,"l":"m"}]}"#.utf8)
        #expect(try JournalJSON.parse(lists[...]) == ["a": .list([.string("x"), .string("æ")]), "b": .list([]),
                                                      "c": .list([.object(["k": .integer(1), "l": .string("m")])])])
    }

    static let refused: [(String, String)] = [
        (#"{"a":1"#, "the line ends inside the object"),
        (#"{"a":1.5}"#, "only whole numbers are used in the journal"),
        (#"{"a":[[1]]}"#, "lists inside lists are not part of the journal format"),
        (#"{"a":{"b":1}}"#, "objects are part of the journal format only inside lists"),
        (#"{"a":[{"b":[1]}]}"#, "lists inside lists are not part of the journal format"),
        (#"{"a":[{"b":{"c":1}}]}"#, "objects are part of the journal format only inside lists"),
        (#"{"a":[1,]}"#, "a value cannot start here"),
        (#"{"a":[1"#, "the line ends inside a list"),
        (#"{"a":"x","a":"y"}"#, "the key 'a' appears twice"),
        (#"{"a":"\ud800"}"#, #"a lone surrogate in \u escape"#),
        (#"{"a":01}"#, "a number cannot start with 0"),
        (#"{"a":"x"} trailing"#, "unexpected text after the object"),
        (#"{'a':1}"#, "expected a string"),
        ("{\"a\":\"tab\there\"}", "a control character must be escaped inside a string"),
    ]

    @Test func flatJSONRefusesWhatIsNotJournalJSON() {
        for (text, message) in Self.refused {
            expectRefusal(text, message)
        }
    }

    /// The scanner that replay uses refuses every malformed line with the words `JournalJSON.parse` gives.
    @Test func theScannerRefusesWhatTheParserRefuses() {
        for (text, message) in Self.refused {
            #expect(throws: JournalJSON.Failure.self) { try ScannedLine.scan(Array(text.utf8)[...]) }
            do {
                _ = try ScannedLine.scan(Array(text.utf8)[...])
            } catch {
                #expect(error.message == message, "\(text)")
            }
        }
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xE6] + Array(#""}"#.utf8)
        #expect(throws: JournalJSON.Failure(message: "a string is not valid UTF-8", offset: 6)) { try ScannedLine.scan(bytes[...]) }
        for invalid: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF]] {
            let line = Array(#"{"a":""#.utf8) + invalid + Array(#""}"#.utf8)
            #expect(throws: JournalJSON.Failure.self) { try ScannedLine.scan(line[...]) }
            #expect(throws: JournalJSON.Failure.self) { try JournalJSON.parse(line[...]) }
        }
    }

    @Test func theScannerReadsStringsAsFoundationWritesThem() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["a", "æ", "Å", "\"", "\\", "/", "\n", "\u{0}", "\u{7F}", "🍎", "\u{200D}", "中", " "]
        for _ in 0..<300 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<30, using: &generator) { text.append(alphabet.randomElement(using: &generator)!) }
            let string = String(text)
            let data = try JSONSerialization.data(withJSONObject: ["k": string, "n": -42] as [String: Any])
            let reader = JournalLineReader(line: try ScannedLine.scan(Array(data)[...]), version: 2, type: "t")
            // What a hand-edited line could smuggle in (NUL, DEL) is cleaned as typed text is.
            let expected = TextHygiene.needsHygiene(string.unicodeScalars) ? TextHygiene.stripControls(string, keepNewlines: true) : string
            #expect(try reader.text("k") == expected)
            #expect(try reader.number("n") == -42)
        }
    }

    func expectRefusal(_ text: String, _ message: String) {
        #expect(throws: JournalJSON.Failure.self) { try JournalJSON.parse(Array(text.utf8)[...]) }
        do {
            _ = try JournalJSON.parse(Array(text.utf8)[...])
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func invalidUTF8InsideAStringIsRefused() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xE6] + Array(#""}"#.utf8)
        #expect(throws: JournalJSON.Failure(message: "a string is not valid UTF-8", offset: 6)) { try JournalJSON.parse(bytes[...]) }
    }

    @Test func anyValueReadWritesBackAsItWas() throws {
        let line = Array(#"{"a":"æ\n\"","b":-12,"c":null,"d":true,"e":["x",1,null],"f":[{"k":1,"l":"m","n":null}],"g":[]}"#.utf8)
        let object = try JournalJSON.parse(line[...])
        var writer = JournalLineWriter()
        for field in object.fields { writer.field(field.key, value: field.value) }
        let written = writer.finish()
        #expect(try JournalJSON.parse(written.dropLast()[...]) == object)
        #expect(JournalLineFormatCheck.check(line[...]) == nil)
    }

    @Test func theFormatCheckFindsNothingWrongWithRefusedOrDamagedLines() {
        for (text, _) in Self.refused { #expect(JournalLineFormatCheck.check(Array(text.utf8)[...]) == nil, "\(text)") }
        let escapes = Array(#"{"a":"\u001b[31mrød\u202e","b":["\u0007x"]}"#.utf8)
        #expect(JournalLineFormatCheck.check(escapes[...]) == nil, "the reader hands out no escape")
    }
}

/// Issue 22: a journal line is read in time linear in its length.
struct JournalLineBoundsTests {
    static let envelope = #"{"v":2,"seq":1,"id":"a","time":"2019-08-30T09:41:07.823Z","writer":"w","actor":"facilitator","type":"timer.started","item":1"#

    /// Parses the line; its failure and how long it took.
    static func refusal(_ line: String) -> (message: String?, seconds: Double) {
        let bytes = Array(line.utf8)
        var failure: String?
        let elapsed = ContinuousClock().measure {
            do throws(JournalJSON.Failure) { _ = try JournalJSON.parse(bytes[...]) } catch { failure = error.message }
        }
        return (failure, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// 10,000 extra keys took 9.5 s on every command (each key compared with all before it).
    @Test func aLineWithThousandsOfKeysIsRefusedInLinearTime() {
        let (failure, seconds) = Self.refusal(Self.envelope + (0..<40_000).map { #","k\#($0)":1"# }.joined() + "}")
        #expect(seconds < 0.5, "\(seconds) s")
        #expect(failure?.contains("more than \(JournalLineBounds.keysPerLine) keys") == true, "\(failure ?? "read")")
    }

    @Test func anObjectInAListWithThousandsOfKeysIsRefusedInLinearTime() {
        let keys = (0..<40_000).map { #""k\#($0)":1"# }.joined(separator: ",")
        let (failure, seconds) = Self.refusal(Self.envelope + #","rows":[{"# + keys + "}]}")
        #expect(seconds < 0.5, "\(seconds) s")
        #expect(failure?.contains("more than \(JournalLineBounds.keysPerRow) keys") == true, "\(failure ?? "read")")
    }

    @Test func aListLongerThanTheBoundIsRefused() {
        let entries = Array(repeating: "1", count: JournalLineBounds.listEntries + 1).joined(separator: ",")
        #expect(throws: JournalJSON.Failure.self) { try JournalJSON.parse(Array((#"{"a":["# + entries + "]}").utf8)[...]) }
        let fits = Array(repeating: "1", count: JournalLineBounds.listEntries).joined(separator: ",")
        #expect(throws: Never.self) { try JournalJSON.parse(Array((#"{"a":["# + fits + "]}").utf8)[...]) }
    }
}
