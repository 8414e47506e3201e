import Foundation
import SamskabModel
import SamskabSession

/// One event as one line of JSON (docs/journal-format.md). Program items are counted
/// from 1 in the file, as people count them, and from 0 in memory.
public enum JournalCodec {
    public struct DecodeError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Writes the line by hand, in a fixed key order (envelope first, then the payload),
    /// so the same event is always the same bytes and a person reading the file sees
    /// `{"v":1,"seq":…,"id":…,"time":…` first.
    public static func encode(_ record: EventRecord) -> [UInt8] {
        let line = Line(record)
        var out: [UInt8] = []
        out.reserveCapacity(256)
        out.append(UInt8(ascii: "{"))
        func key(_ name: String) {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            out += name.utf8
            out += [UInt8(ascii: "\""), UInt8(ascii: ":")]
        }
        func field(_ name: String, _ value: String?) {
            guard let value else { return }
            key(name)
            appendJSONString(value, to: &out)
        }
        func field(_ name: String, _ value: Int?) {
            guard let value else { return }
            key(name)
            out += String(value).utf8
        }
        field("v", line.v)
        field("seq", line.seq)
        field("id", line.id)
        field("time", line.time)
        field("writer", line.writer)
        field("actor", line.actor)
        field("type", line.type)
        field("item", line.item)
        field("question", line.question)
        field("note", line.note)
        field("name", line.name)
        field("author", line.author)
        field("department", line.department)
        field("group", line.group)
        field("minutes", line.minutes)
        field("target", line.target)
        field("merged", line.merged)
        field("owner", line.owner)
        field("due", line.due)
        field("text", line.text)
        out += [UInt8(ascii: "}"), 0x0A]
        return out
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else as UTF-8.
    static func appendJSONString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    public static func decode(_ line: ArraySlice<UInt8>) throws(DecodeError) -> EventRecord {
        let fields: [String: FlatJSON.Value]
        do {
            fields = try FlatJSON.parse(line)
        } catch {
            throw DecodeError(description: "not valid JSON: \(error.message) at character \(error.offset + 1)")
        }
        return try Line(fields).record()
    }

    /// The flat shape of a line: the envelope and every payload field, absent when unused.
    struct Line {
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
        var merged: String?
        var owner: String?
        var due: String?

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
            case .keyPointMarked(let note, let text, let merged):
                self.note = note
                self.text = text
                self.merged = merged.isEmpty ? nil : merged.joined(separator: ",")
            case .actionAdded(let text, let owner, let due):
                self.text = text
                self.owner = owner
                self.due = due?.description
            case .undone(let target), .redone(let target):
                self.target = target
            }
        }

        /// Reads the fields of a parsed line, refusing values of the wrong type.
        init(_ fields: [String: FlatJSON.Value]) throws(DecodeError) {
            func text(_ key: String) throws(DecodeError) -> String? {
                switch fields[key] {
                case nil, .null: return nil
                case .string(let string): return string
                default: throw DecodeError(description: "'\(key)' must be text")
                }
            }
            func number(_ key: String) throws(DecodeError) -> Int? {
                switch fields[key] {
                case nil, .null: return nil
                case .integer(let value): return value
                default: throw DecodeError(description: "'\(key)' must be a whole number")
                }
            }
            func required<T>(_ value: T?, _ key: String) throws(DecodeError) -> T {
                guard let value else { throw DecodeError(description: "the key '\(key)' is missing") }
                return value
            }
            v = try required(number("v"), "v")
            seq = try required(number("seq"), "seq")
            id = try required(text("id"), "id")
            time = try required(text("time"), "time")
            writer = try required(text("writer"), "writer")
            actor = try required(text("actor"), "actor")
            type = try required(text("type"), "type")
            name = try text("name")
            department = try text("department")
            self.text = try text("text")
            author = try text("author")
            group = try text("group")
            item = try number("item")
            question = try number("question")
            note = try text("note")
            minutes = try number("minutes")
            target = try text("target")
            merged = try text("merged")
            owner = try text("owner")
            due = try text("due")
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
            case "keypoint.marked":
                let others = merged.map { $0.split(separator: ",").map(String.init) } ?? []
                return .keyPointMarked(note: try need(note, "note"), text: text, merged: others)
            case "action.added":
                var date: CalendarDate?
                if let due {
                    guard let parsed = CalendarDate(iso: due) else { throw DecodeError(description: "bad date '\(due)'") }
                    date = parsed
                }
                return .actionAdded(text: try need(text, "text"), owner: owner, due: date)
            case "keypoint.unmarked": return .keyPointUnmarked(note: try need(note, "note"))
            case "undo": return .undone(target: try need(target, "target"))
            case "redo": return .redone(target: try need(target, "target"))
            default: throw DecodeError(description: "unknown event type '\(type)'")
            }
        }
    }
}
