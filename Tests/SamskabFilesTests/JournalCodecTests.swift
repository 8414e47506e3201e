import Foundation
import Testing
import SamskabSession
@testable import SamskabFiles

struct JournalCodecTests {
    static let events: [Event] = [
        .participantAdded(name: "Åse Østergaard", department: "MBU"),
        .noteAdded(NoteDraft(text: "linje 1\nlinje 2 \"citat\" \\ 🍎 \u{1}", author: nil, department: "MSO",
                             group: "Bord 3", item: 4, question: 2)),
        .noteEdited(note: "n3", text: "rettet"),
        .noteWithdrawn(note: "n3"),
        .phaseMoved(item: 0),
        .timerStarted(item: 2), .timerPaused(item: 2), .timerExtended(item: 2, minutes: -3),
        .keyPointMarked(note: "n3", text: nil), .keyPointMarked(note: "n4", text: "Samskabelse kræver ledelse"),
        .keyPointUnmarked(note: "n4"),
        .undone(target: "abc"), .redone(target: "abc"),
    ]

    @Test func everyEventRoundTripsThroughOneLine() throws {
        for (index, event) in Self.events.enumerated() {
            let record = EventRecord(sequence: index + 1, id: "id\(index)", time: Timestamp(millisecondsSinceEpoch: 1_567_155_600_123),
                                     writer: "test 1@host", actor: index % 2 == 0 ? .facilitator : .participant, event: event)
            let line = JournalCodec.encode(record)
            #expect(line.last == 0x0A)
            #expect(line.dropLast().firstIndex(of: 0x0A) == nil, "one event is one line")
            #expect(try JournalCodec.decode(line.dropLast()[...]) == record)
            // Foundation's parser reads the same line the same way.
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            #expect(object?["seq"] as? Int == index + 1)
            #expect(object?["type"] as? String == event.typeName)
        }
    }

    @Test func theEnvelopeComesFirst() {
        let record = EventRecord(sequence: 7, id: "x", time: Timestamp(millisecondsSinceEpoch: 0), writer: "w",
                                 actor: .facilitator, event: .phaseMoved(item: 2))
        #expect(String(decoding: JournalCodec.encode(record), as: UTF8.self)
                == #"{"v":1,"seq":7,"id":"x","time":"1970-01-01T00:00:00.000Z","writer":"w","actor":"facilitator","type":"phase.moved","item":3}"# + "\n")
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
            JournalCodec.appendJSONString(string, to: &encoded)
            encoded.append(UInt8(ascii: "}"))
            let foundation = try JSONSerialization.jsonObject(with: Data(encoded)) as? [String: String]
            #expect(foundation?["k"] == string)
            #expect(try FlatJSON.parse(encoded[...]) == ["k": .string(string)])
        }
    }

    @Test func flatJSONReadsEscapesFoundationWrites() throws {
        let line = Array(#"{"a":"\u00e6\u00f8\u00e5 \ud83c\udf4e \/ \b\f","b":-12,"c":null,"d":true}"#.utf8)
        #expect(try FlatJSON.parse(line[...]) == ["a": .string("æøå 🍎 / \u{8}\u{C}"), "b": .integer(-12), "c": .null,
                                                   "d": .boolean(true)])
    }

    static let refused: [(String, String)] = [
        (#"{"a":1"#, "the line ends inside the object"),
        (#"{"a":1.5}"#, "only whole numbers are used in the journal"),
        (#"{"a":[1]}"#, "nested objects and lists are not part of the journal format"),
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

    func expectRefusal(_ text: String, _ message: String) {
        #expect(throws: FlatJSON.Failure.self) { try FlatJSON.parse(Array(text.utf8)[...]) }
        do {
            _ = try FlatJSON.parse(Array(text.utf8)[...])
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func invalidUTF8InsideAStringIsRefused() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xE6] + Array(#""}"#.utf8)
        #expect(throws: FlatJSON.Failure(message: "a string is not valid UTF-8", offset: 6)) { try FlatJSON.parse(bytes[...]) }
    }
}

/// Damaged journal lines are refused with a reason, never a crash.
struct JournalLineMutationTests {
    @Test func damagedLinesAreRefusedNotCrashedOn() throws {
        var generator = SystemRandomNumberGenerator()
        let line = JournalCodec.encode(EventRecord(
            sequence: 3, id: "f19567c266a9329d1973fff872af6e5b", time: Timestamp(millisecondsSinceEpoch: 1_567_155_600_000),
            writer: "samskab note-add 1@host", actor: .participant,
            event: .noteAdded(NoteDraft(text: "Æblegrød \"på\" Ærø 🍎\n—", author: "Åse", department: "MKB", item: 2, question: 1))))
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
                let record = try JournalCodec.decode(bytes[...])
                #expect(record.sequence >= 1)
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }
}
