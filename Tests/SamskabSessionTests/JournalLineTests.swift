import Foundation
import Testing
import SamskabModel
@testable import SamskabSession

struct JournalLineTests {
    /// Every example of every registered event type: a new type cannot be left out.
    static var examples: [Event] {
        EventTypes.all.flatMap { type in examples(of: type) }
    }

    static func examples<Payload: EventPayload>(of _: Payload.Type) -> [Event] { Payload.examples.map { Event($0) } }

    @Test func everyEventTypeHasExamplesAndAUniqueName() {
        let names = EventTypes.all.map { $0.type }
        #expect(Set(names).count == names.count)
        for type in EventTypes.all { #expect(!Self.examples(of: type).isEmpty, "\(type.type) has no examples") }
    }

    @Test func everyEventRoundTripsThroughOneLine() throws {
        for (index, event) in Self.examples.enumerated() {
            let record = EventRecord(sequence: index + 1, id: "id\(index)", time: Timestamp(millisecondsSinceEpoch: 1_567_155_600_123),
                                     writer: "test 1@host", actor: index % 2 == 0 ? .facilitator : .participant, event: event)
            let line = record.line()
            #expect(line.last == 0x0A)
            #expect(line.dropLast().firstIndex(of: 0x0A) == nil, "one event is one line")
            #expect(try EventRecord(line: line.dropLast()[...]) == record, "\(event.typeName)")
            // Foundation's parser reads the same line the same way.
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            #expect(object?["seq"] as? Int == index + 1)
            #expect(object?["type"] as? String == event.typeName)
        }
    }

    /// Lines as samskab 1 wrote them (format 1): names for authors, merged ids joined by commas.
    @Test func formatOneLinesStillOpen() throws {
        let lines = [
            #"{"v":1,"seq":1,"id":"a1","time":"2019-08-30T07:00:00.000Z","writer":"w","actor":"facilitator","type":"phase.moved","item":2}"#,
            #"{"v":1,"seq":2,"id":"a2","time":"2019-08-30T07:00:01.000Z","writer":"w","actor":"participant","type":"note.added","item":2,"question":1,"author":"Åse Østergaard","department":"MBU","text":"Et"}"#,
            #"{"v":1,"seq":3,"id":"a3","time":"2019-08-30T07:00:02.000Z","writer":"w","actor":"participant","type":"note.added","item":2,"question":2,"author":"Ny Person","text":"To"}"#,
            #"{"v":1,"seq":4,"id":"a4","time":"2019-08-30T07:00:03.000Z","writer":"w","actor":"participant","type":"note.added","item":2,"text":"Tre"}"#,
            #"{"v":1,"seq":5,"id":"a5","time":"2019-08-30T07:00:04.000Z","writer":"w","actor":"facilitator","type":"keypoint.marked","note":"n2","merged":"n3,n4","text":"Fælles"}"#,
        ]
        let records = try lines.map { line in try EventRecord(line: Array(line.utf8)[...]) }
        #expect(records.map(\.version) == [1, 1, 1, 1, 1])
        let state = try SessionState.fold(Fixture.workshop, records)
        #expect(state.notes["n2"]?.authorID == "r1", "a roster name becomes the person's id")
        #expect(state.authorName(of: state.notes["n3"]!) == "Ny Person", "an unknown name joins the roster")
        #expect(state.notes["n3"]?.authorID == "p3")
        #expect(state.notes["n4"]?.isAnonymous == true)
        #expect(state.keyPoints["n2"]?.merged == ["n3", "n4"])
        // Written again, they are format 2 and read back the same.
        let again = try records.map { record in
            var copy = record
            copy.version = EventRecord.formatVersion
            return try EventRecord(line: copy.line().dropLast()[...])
        }
        #expect(try SessionState.fold(Fixture.workshop, again).notes == state.notes)
    }

    @Test func listsKeepNamesWithCommas() throws {
        let event = Event.keyPointMarked(note: "n1", text: nil, merged: ["n2", "n3"])
        let record = EventRecord(sequence: 1, id: "x", time: Timestamp(millisecondsSinceEpoch: 0), writer: "w", actor: .facilitator,
                                 event: event)
        #expect(String(decoding: record.line(), as: UTF8.self).contains(#""merged":["n2","n3"]"#))
        let participant = Event.participantAdded(name: "Østergaard, Åse", department: nil)
        let named = EventRecord(sequence: 2, id: "y", time: Timestamp(millisecondsSinceEpoch: 0), writer: "w", actor: .facilitator,
                                event: participant)
        #expect(try EventRecord(line: named.line().dropLast()[...]).event == participant)
    }

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

    @Test(arguments: [
        (#"{"v":2,"seq":1,"id":"a","time":"2019-08-30T07:00:00.000Z","writer":"w","actor":"facilitator","type":"phase.moved","item":-9223372036854775808}"#,
         "'item' must be from 1 to 100000, not -9223372036854775808"),
        (#"{"v":2,"seq":1,"id":"a","time":"2019-08-30T07:00:00.000Z","writer":"w","actor":"facilitator","type":"timer.extended","item":1,"minutes":9223372036854775807}"#,
         "'minutes' must be from -1440 to 1440, not 9223372036854775807"),
        (#"{"v":3,"seq":1,"id":"a","time":"2019-08-30T07:00:00.000Z","writer":"w","actor":"facilitator","type":"undo","target":"x"}"#,
         "format version 3 is not one this samskab reads (it reads 1–2)"),
        (#"{"v":2,"seq":1,"id":"a","time":"2019-08-30T07:00:00.000Z","writer":"w","actor":"facilitator","type":"keypoint.marked","note":"n1","merged":"n2,n3"}"#,
         "'merged' must be a list of texts"),
        (#"{"v":2,"seq":1,"id":"a","time":"2019-08-30T07:00:00.000Z","writer":"w","actor":"facilitator","type":"party"}"#,
         "unknown event type 'party'"),
    ])
    func extremeOrWrongValuesAreRefusedWithAReason(_ line: String, _ message: String) {
        #expect(throws: JournalLineError(message)) { try EventRecord(line: Array(line.utf8)[...]) }
    }

    @Test func theEnvelopeComesFirst() {
        let record = EventRecord(sequence: 7, id: "x", time: Timestamp(millisecondsSinceEpoch: 0), writer: "w",
                                 actor: .facilitator, event: .phaseMoved(item: 2))
        #expect(String(decoding: record.line(), as: UTF8.self)
                == #"{"v":2,"seq":7,"id":"x","time":"1970-01-01T00:00:00.000Z","writer":"w","actor":"facilitator","type":"phase.moved","item":3}"# + "\n")
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
            let expected = NoteText.needsHygiene(string.unicodeScalars) ? NoteText.stripControls(string, keepNewlines: true) : string
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
}

/// Damaged journal lines are refused with a reason, never a crash.
struct JournalLineMutationTests {
    @Test func damagedLinesAreRefusedNotCrashedOn() throws {
        var generator = SystemRandomNumberGenerator()
        let line = EventRecord(
            sequence: 3, id: "f19567c266a9329d1973fff872af6e5b", time: Timestamp(millisecondsSinceEpoch: 1_567_155_600_000),
            writer: "samskab note-add 1@host", actor: .participant,
            event: .keyPointMarked(note: "n1", text: "Æblegrød \"på\" Ærø 🍎\n—", merged: ["n2", "n3"])).line()
        let body = Array(line.dropLast())
        let pieces: [[UInt8]] = [[0x22], [0x5C], [0x7B], [0x7D], [0x2C], [0x3A], [0xE6], [0xC3], [0x00], Array("null".utf8),
                                 Array("1e9".utf8), Array("\\u".utf8), Array("\\ud800".utf8)]
        for _ in 0..<3000 {
            var bytes = body
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: pieces.randomElement(using: &generator)!, at: at)
                default: bytes[at] = UInt8.random(in: 0...255, using: &generator)
                }
            }
            do {
                let record = try EventRecord(line: bytes[...])
                #expect(record.sequence >= 1)
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }
}
