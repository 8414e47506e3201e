/// A strict reader for one journal line: a JSON object (RFC 8259 syntax) whose values are
/// strings, whole numbers, true, false, null, or lists; a list holds such scalars or objects of
/// scalars (a table plan, a pairing), and nothing nests deeper. The line's own object is read by
/// `ScannedLine` (the replay's hot path); this has the shared pieces and reads lists. Anything it
/// does not accept is reported, never guessed at.
public struct JournalJSON {
    public enum Value: Sendable, Equatable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case null
        case list([Value])
        case object(JournalObject)
    }

    public struct Failure: Error, Equatable {
        public var message: String
        public var offset: Int
    }

    /// Lists hold scalars or objects; objects inside lists hold scalars only.
    enum Depth { case list, objectInList }

    /// The whole line as values, exactly as written (no text hygiene): the scanner's checks, then
    /// every field made. For tools and tests; replay reads only the fields it needs.
    public static func parse(_ bytes: ArraySlice<UInt8>) throws(Failure) -> JournalObject {
        let line = try ScannedLine.scan(bytes)
        var object = JournalObject()
        for field in line.fields { object.append(line.key(field), line.value(field)) }
        return object
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    func fail(_ message: String) -> Failure {
        Failure(message: message, offset: index - bytes.startIndex)
    }

    mutating func skipSpace() {
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
            index += 1
        }
    }

    mutating func expect(_ byte: UInt8) throws(Failure) {
        skipSpace()
        guard index < bytes.endIndex, bytes[index] == byte else {
            throw fail("expected '\(Character(Unicode.Scalar(byte)))'")
        }
        index += 1
    }

    /// An object inside a list: scalars only (a line's own object is read by `scanObject`).
    private mutating func objectInList() throws(Failure) -> JournalObject {
        var fields = JournalObject()
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                if fields.fields.count == JournalLineBounds.keysPerRow {
                    throw fail("an object in a list has more than \(JournalLineBounds.keysPerRow) keys, more than any row of a plan has")
                }
                let key = try string()
                try expect(UInt8(ascii: ":"))
                let value = try value(.objectInList)
                if fields[key] != nil { throw fail("the key '\(key)' appears twice") }
                fields.append(key, value)
                skipSpace()
                guard index < bytes.endIndex else { throw fail("the line ends inside the object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        return fields
    }

    mutating func list() throws(Failure) -> [Value] {
        var values: [Value] = []
        try expect(UInt8(ascii: "["))
        skipSpace()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return values
        }
        while true {
            values.append(try value(.list))
            if values.count > JournalJSON.maximumListLength { throw fail("a list is longer than \(JournalJSON.maximumListLength) entries") }
            skipSpace()
            guard index < bytes.endIndex else { throw fail("the line ends inside a list") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return values }
            throw fail("expected ',' or ']'")
        }
    }

    /// More entries than any plan of a day needs (a roster of thousands); a longer list is damage.
    public static let maximumListLength = JournalLineBounds.listEntries

    mutating func value(_ depth: Depth) throws(Failure) -> Value {
        skipSpace()
        guard index < bytes.endIndex else { throw fail("a value is missing") }
        switch bytes[index] {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .integer(try integer())
        case UInt8(ascii: "t"): try word("true"); return .boolean(true)
        case UInt8(ascii: "f"): try word("false"); return .boolean(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        case UInt8(ascii: "["):
            // A line's own lists are started by the scanner; here a list would be inside another.
            throw fail("lists inside lists are not part of the journal format")
        case UInt8(ascii: "{"):
            guard depth == .list else { throw fail("objects are part of the journal format only inside lists") }
            return .object(try objectInList())
        default: throw fail("a value cannot start here")
        }
    }

    mutating func word(_ text: String) throws(Failure) {
        for byte in text.utf8 {
            guard index < bytes.endIndex, bytes[index] == byte else { throw fail("expected '\(text)'") }
            index += 1
        }
    }

    mutating func integer() throws(Failure) -> Int {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        if index == digitsStart { throw fail("a number needs digits") }
        if index - digitsStart > 1, bytes[digitsStart] == UInt8(ascii: "0") { throw fail("a number cannot start with 0") }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            throw fail("only whole numbers are used in the journal")
        }
        // Accumulated negatively, so that Int.min fits; overflow is reported, never trapped.
        var value = 0
        for position in digitsStart..<index {
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.subtractingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
            if overflowA || overflowB { throw fail("the number is too large") }
            value = sum
        }
        if start == digitsStart {
            guard value != .min else { throw fail("the number is too large") }
            return -value
        }
        return value
    }

    mutating func string() throws(Failure) -> String {
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a string") }
        index += 1
        let start = index
        // Fast path: no escapes — the bytes are the string (validated as UTF-8 below).
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return try validated(raw, from: start)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw fail("a control character must be escaped inside a string") }
            index += 1
        }
        var buffer = Array(bytes[start..<index])
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                let text: Result<String, Failure> = buffer.withUnsafeBufferPointer { raw in
                    do throws(Failure) { return .success(try validated(raw, from: start)) } catch { return .failure(error) }
                }
                return try text.get()
            case UInt8(ascii: "\\"):
                guard index < bytes.endIndex else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "\\"),
                              bytes[index + 1] == UInt8(ascii: "u") else { throw fail("a lone surrogate in \\u escape") }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail("a lone surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw fail("a lone surrogate in \\u escape")
                    }
                    guard let decoded = Unicode.Scalar(scalar) else { throw fail("a \\u escape names no character") }
                    buffer += Array(String(Character(decoded)).utf8)
                default: throw fail("an unknown escape '\\\(Character(Unicode.Scalar(escape)))'")
                }
            default:
                if byte < 0x20 { throw fail("a control character must be escaped inside a string") }
                buffer.append(byte)
            }
        }
        throw fail("the line ends inside a string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.endIndex else { throw fail("a \\u escape needs four hex digits") }
            let byte = bytes[index]
            index += 1
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
        }
        return value
    }

    /// The string's text; invalid UTF-8 is reported at the start of the string's contents.
    func validated(_ raw: UnsafeBufferPointer<UInt8>, from start: Int) throws(Failure) -> String {
        // ASCII needs no validation; the rest is validated on the buffer (the generic
        // Sequence initialiser is several times slower, and this runs for every string on replay).
        let text: String? = raw.allSatisfy({ $0 < 0x80 }) ? String(decoding: raw, as: UTF8.self)
            : String(validating: raw, as: UTF8.self)
        guard let text else {
            throw Failure(message: "a string is not valid UTF-8", offset: start - bytes.startIndex)
        }
        return text
    }
}

/// The fields of one journal object in the order they were written (a row of a plan, or a whole
/// line read by `JournalJSON.parse`).
public struct JournalObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    public struct Field: Sendable, Equatable {
        public var key: String
        public var value: JournalJSON.Value
    }

    public private(set) var fields: [Field] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, JournalJSON.Value)...) {
        fields = elements.map { Field(key: $0.0, value: $0.1) }
    }

    public subscript(key: String) -> JournalJSON.Value? {
        fields.first { $0.key == key }?.value
    }

    mutating func append(_ key: String, _ value: JournalJSON.Value) {
        fields.append(Field(key: key, value: value))
    }

    public static func == (lhs: JournalObject, rhs: JournalObject) -> Bool {
        lhs.fields.count == rhs.fields.count
            && lhs.fields.allSatisfy { field in rhs[field.key] == field.value }
    }
}
