import Foundation
import Testing
import SamskabModel
@testable import SamskabSession
import SamskabJournalLine

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
