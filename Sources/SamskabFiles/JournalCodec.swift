import Foundation
import SamskabSession

/// One event as one line of JSON (docs/journal-format.md). Program items are counted
/// from 1 in the file, as people count them, and from 0 in memory.
public enum JournalCodec {
    public struct DecodeError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func encode(_ record: EventRecord) -> [UInt8] {
        let line = Line(record)
        // Sorted keys make the same event always the same bytes.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(line) // Line holds only strings and integers: encoding cannot fail.
        return Array(data) + [0x0A]
    }

    public static func decode(_ line: ArraySlice<UInt8>) throws(DecodeError) -> EventRecord {
        let parsed: Line
        do {
            parsed = try JSONDecoder().decode(Line.self, from: Data(line))
        } catch let error as DecodingError {
            throw DecodeError(description: describe(error))
        } catch {
            throw DecodeError(description: "not valid JSON")
        }
        return try parsed.record()
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            context.codingPath.isEmpty ? "not valid JSON" : "bad value at '\(path(context.codingPath))'"
        case .keyNotFound(let key, _): "the key '\(key.stringValue)' is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "the value of '\(path(context.codingPath))' has the wrong type"
        @unknown default: "not a journal event"
        }
    }

    static func path(_ keys: [any CodingKey]) -> String { keys.map(\.stringValue).joined(separator: ".") }

    /// The flat shape of a line: the envelope and every payload field, absent when unused.
    struct Line: Codable {
        var v: Int
        var seq: Int
        var id: String
        var time: String
        var writer: String
        var actor: String
        var type: String
        var name: String?
        var department: String?
        var text: String?
        var author: String?
        var group: String?
        var item: Int?
        var question: Int?
        var note: String?
        var minutes: Int?
        var target: String?

        init(_ record: EventRecord) {
            v = record.version
            seq = record.sequence
            id = record.id
            time = record.time.description
            writer = record.writer
            actor = record.actor.rawValue
            type = record.event.typeName
            switch record.event {
            case .participantAdded(let name, let department):
                self.name = name
                self.department = department
            case .noteAdded(let draft):
                text = draft.text
                author = draft.author
                department = draft.department
                group = draft.group
                item = draft.item + 1
                question = draft.question
            case .noteEdited(let note, let text):
                self.note = note
                self.text = text
            case .noteWithdrawn(let note), .keyPointUnmarked(let note):
                self.note = note
            case .phaseMoved(let item), .timerStarted(let item), .timerPaused(let item):
                self.item = item + 1
            case .timerExtended(let item, let minutes):
                self.item = item + 1
                self.minutes = minutes
            case .keyPointMarked(let note, let text):
                self.note = note
                self.text = text
            case .undone(let target), .redone(let target):
                self.target = target
            }
        }

        func record() throws(DecodeError) -> EventRecord {
            guard v == EventRecord.formatVersion else {
                throw DecodeError(description: "format version \(v) is not one this samskab reads (it reads \(EventRecord.formatVersion))")
            }
            guard let stamp = Timestamp(iso: time) else { throw DecodeError(description: "bad time '\(time)'") }
            guard let who = Actor(rawValue: actor) else { throw DecodeError(description: "unknown actor '\(actor)'") }
            guard seq >= 1 else { throw DecodeError(description: "sequence number \(seq) is below 1") }
            return EventRecord(version: v, sequence: seq, id: id, time: stamp, writer: writer, actor: who, event: try event())
        }

        private func need<T>(_ value: T?, _ key: String) throws(DecodeError) -> T {
            guard let value else { throw DecodeError(description: "a '\(type)' event needs '\(key)'") }
            return value
        }

        private func itemIndex() throws(DecodeError) -> Int { try need(item, "item") - 1 }

        private func event() throws(DecodeError) -> Event {
            switch type {
            case "participant.added": return .participantAdded(name: try need(name, "name"), department: department)
            case "note.added":
                return .noteAdded(NoteDraft(text: try need(text, "text"), author: author, department: department,
                                            group: group, item: try itemIndex(), question: question))
            case "note.edited": return .noteEdited(note: try need(note, "note"), text: try need(text, "text"))
            case "note.withdrawn": return .noteWithdrawn(note: try need(note, "note"))
            case "phase.moved": return .phaseMoved(item: try itemIndex())
            case "timer.started": return .timerStarted(item: try itemIndex())
            case "timer.paused": return .timerPaused(item: try itemIndex())
            case "timer.extended": return .timerExtended(item: try itemIndex(), minutes: try need(minutes, "minutes"))
            case "keypoint.marked": return .keyPointMarked(note: try need(note, "note"), text: text)
            case "keypoint.unmarked": return .keyPointUnmarked(note: try need(note, "note"))
            case "undo": return .undone(target: try need(target, "target"))
            case "redo": return .redone(target: try need(target, "target"))
            default: throw DecodeError(description: "unknown event type '\(type)'")
            }
        }
    }
}
