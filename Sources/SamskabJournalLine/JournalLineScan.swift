/// A journal line read the fast way: one strict pass that checks the whole line and notes where
/// each top-level field's key and value are, without building any value. The reader then makes
/// only the strings it is asked for (replaying a day reads thousands of lines, and building a tree
/// of values for each was most of the time); `JournalJSON.parse` makes them all.
public struct ScannedLine: Sendable {
    enum Kind: UInt8, Sendable {
        case plainString, escapedString, integer, boolean, null, list
    }

    /// Where one field is, as offsets into the line; plain old data, so a line's fields cost no
    /// reference counting.
    struct Field: Sendable {
        var keyStart: Int
        var keyEnd: Int
        var kind: Kind
        /// A string's contents (between the quotes) or a list's brackets.
        var start: Int
        var end: Int
        /// An integer's value, or 1/0 for true/false.
        var number: Int
    }

    let bytes: ArraySlice<UInt8>
    var fields: [Field] = []

    public static func scan(_ bytes: ArraySlice<UInt8>) throws(JournalJSON.Failure) -> ScannedLine {
        var line = ScannedLine(bytes: bytes)
        let result: Result<[Field], JournalJSON.Failure> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JournalJSON(bytes: buffer)
            do throws(JournalJSON.Failure) {
                return .success(try reader.scanObject())
            } catch {
                return .failure(error)
            }
        }
        line.fields = try result.get()
        return line
    }

    func field(_ key: String) -> Field? {
        var key = key
        return key.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { buffer in
                fields.first { field in
                    JournalJSON.sameBytes(UnsafeBufferPointer(rebasing: buffer[field.keyStart..<field.keyEnd]), wanted)
                }
            }
        }
    }

    /// A field's key (plain text: the scanner refuses escaped keys).
    func key(_ field: Field) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[field.keyStart..<field.keyEnd]), as: UTF8.self) }
    }

    /// A field's value exactly as written (no text hygiene).
    func value(_ field: Field) -> JournalJSON.Value {
        switch field.kind {
        case .plainString, .escapedString: .string(rawString(field))
        case .integer: .integer(field.number)
        case .boolean: .boolean(field.number == 1)
        case .null: .null
        case .list: .list(list(field))
        }
    }

    /// A string field's text as written (checked when the line was scanned).
    func rawString(_ field: Field) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            if field.kind == .escapedString {
                var reader = JournalJSON(bytes: buffer)
                reader.index = field.start - 1
                return (try? reader.string()) ?? ""
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[field.start..<field.end]), as: UTF8.self)
        }
    }

    /// The text of a string field (checked when the line was scanned), with the same hygiene as
    /// text typed in: a hand-edited line's escape sequences, control characters and bidi overrides
    /// never reach a screen or an export.
    func string(_ field: Field) -> String {
        let text = rawString(field)
        // Raw (unescaped) C0 controls cannot be in a plain scanned string; DEL, C1 controls and
        // bidi marks can. Only text with such bytes (or escapes) is looked at more closely.
        let suspect = field.kind == .escapedString
            || bytes[(bytes.startIndex + field.start)..<(bytes.startIndex + field.end)].contains { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
        guard suspect, TextHygiene.needsHygiene(text.unicodeScalars) else { return text }
        return TextHygiene.stripControls(text, keepNewlines: true)
    }

    /// The values of a list field (checked when the line was scanned).
    func list(_ field: Field) -> [JournalJSON.Value] {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = JournalJSON(bytes: buffer)
            reader.index = field.start
            return (try? reader.list()) ?? []
        }
    }
}

extension JournalJSON {
    /// The top-level object of a line, checked in full, fields located.
    mutating func scanObject() throws(Failure) -> [ScannedLine.Field] {
        var fields: [ScannedLine.Field] = []
        fields.reserveCapacity(16)
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                // Bounded, so the check for a repeated key below stays linear in the line.
                if fields.count == JournalLineBounds.keysPerLine {
                    throw fail("the line has more than \(JournalLineBounds.keysPerLine) keys, more than any event has")
                }
                let (keyStart, keyEnd) = try scanKey()
                for other in fields where Self.sameBytes(UnsafeBufferPointer(rebasing: bytes[other.keyStart..<other.keyEnd]),
                                                         UnsafeBufferPointer(rebasing: bytes[keyStart..<keyEnd])) {
                    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<keyEnd]), as: UTF8.self)
                    throw fail("the key '\(key)' appears twice")
                }
                try expect(UInt8(ascii: ":"))
                var field = try scanValue()
                field.keyStart = keyStart
                field.keyEnd = keyEnd
                fields.append(field)
                skipSpace()
                guard index < bytes.endIndex else { throw fail("the line ends inside the object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        skipSpace()
        if index != bytes.endIndex { throw fail("unexpected text after the object") }
        return fields
    }

    /// A key: a string without escapes (the journal's keys are plain names).
    private mutating func scanKey() throws(Failure) -> (Int, Int) {
        let (start, end, escaped) = try scanString()
        if escaped { throw fail("a key must be a plain name, without escapes") }
        return (start, end)
    }

    private mutating func scanValue() throws(Failure) -> ScannedLine.Field {
        skipSpace()
        guard index < bytes.endIndex else { throw fail("a value is missing") }
        var field = ScannedLine.Field(keyStart: 0, keyEnd: 0, kind: .null, start: index, end: index, number: 0)
        switch bytes[index] {
        case UInt8(ascii: "\""):
            let (start, end, escaped) = try scanString()
            field.kind = escaped ? .escapedString : .plainString
            (field.start, field.end) = (start, end)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            field.kind = .integer
            field.number = try integer()
        case UInt8(ascii: "t"): try word("true"); field.kind = .boolean; field.number = 1
        case UInt8(ascii: "f"): try word("false"); field.kind = .boolean
        case UInt8(ascii: "n"): try word("null")
        case UInt8(ascii: "["):
            field.kind = .list
            _ = try list()
            field.end = index
        case UInt8(ascii: "{"): throw fail("objects are part of the journal format only inside lists")
        default: throw fail("a value cannot start here")
        }
        return field
    }

    /// Checks a string and returns where its contents are; an escaped one is decoded once to
    /// check it (escapes are rare: quotes and line breaks in a note).
    private mutating func scanString() throws(Failure) -> (start: Int, end: Int, escaped: Bool) {
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a string") }
        let quote = index
        index += 1
        let start = index
        var high: UInt8 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let end = index
                index += 1
                if high & 0x80 != 0, !Self.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    throw Failure(message: "a string is not valid UTF-8", offset: start - bytes.startIndex)
                }
                return (start, end, false)
            }
            if byte == UInt8(ascii: "\\") {
                index = quote
                _ = try string()
                return (start, index - 1, true)
            }
            if byte < 0x20 { throw fail("a control character must be escaped inside a string") }
            high |= byte
            index += 1
        }
        throw fail("the line ends inside a string")
    }

    static func sameBytes(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    /// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        func continuation(_ offset: Int) -> Bool { index + offset < count && bytes[index + offset] & 0xC0 == 0x80 }
        while index < count {
            let lead = bytes[index]
            switch lead {
            case 0x00..<0x80:
                index += 1
            case 0xC2..<0xE0:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0..<0xF0:
                guard continuation(1), continuation(2) else { return false }
                let second = bytes[index + 1]
                if lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F { return false }
                index += 3
            case 0xF0..<0xF5:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let second = bytes[index + 1]
                if lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }
}
