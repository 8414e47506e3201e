/// Writing and reading the fields of one journal line (docs/journal-format.md). Each event type
/// writes and reads its own payload with these; the envelope is written by `EventRecord`.

/// A line being written: fields in a fixed order, so the same event is always the same bytes.
public struct JournalLineWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {
        bytes.reserveCapacity(256)
        bytes.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ name: String) {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        Self.appendString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Absent values are left out of the line.
    public mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        Self.appendString(value, to: &bytes)
    }

    public mutating func field(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        bytes += String(value).utf8
    }

    public mutating func field(_ name: String, _ value: Bool?) {
        guard let value else { return }
        key(name)
        bytes += (value ? "true" : "false").utf8
    }

    /// A list of texts; an empty list is left out.
    public mutating func field(_ name: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendString(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A list of flat objects (a plan: one object a row); an empty list is left out.
    public mutating func field(_ name: String, rows: [[(String, JournalJSON.Value)]]) {
        guard !rows.isEmpty else { return }
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, row) in rows.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendObject(row.lazy.map { (key: $0.0, value: $0.1) }, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Any value as `JournalJSON.parse` reads it, written back as it was (null included): for
    /// tools and the fuzzer's round trip; events write with the typed fields above.
    public mutating func field(_ name: String, value: JournalJSON.Value) {
        key(name)
        Self.appendValue(value, to: &bytes)
    }

    /// The finished line, with its newline.
    public mutating func finish() -> [UInt8] {
        bytes += [UInt8(ascii: "}"), 0x0A]
        return bytes
    }

    private static func appendValue(_ value: JournalJSON.Value, to out: inout [UInt8]) {
        switch value {
        case .string(let text): appendString(text, to: &out)
        case .integer(let number): out += String(number).utf8
        case .boolean(let flag): out += (flag ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .list(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                appendValue(value, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object): appendObject(object.fields.lazy.map { (key: $0.key, value: $0.value) }, to: &out)
        }
    }

    private static func appendObject(_ fields: some Sequence<(key: String, value: JournalJSON.Value)>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (offset, field) in fields.enumerated() {
            if offset > 0 { out.append(UInt8(ascii: ",")) }
            appendString(field.key, to: &out)
            out.append(UInt8(ascii: ":"))
            appendValue(field.value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else as UTF-8.
    public static func appendString(_ value: String, to out: inout [UInt8]) {
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
}

/// Why a line is not an event this samskab can read.
public struct JournalLineError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// The fields of a scanned line, read with the type each must have.
public struct JournalLineReader: Sendable {
    public let line: ScannedLine
    /// The journal format the line was written in (1 or 2).
    public let version: Int
    public let type: String

    public init(line: ScannedLine, version: Int, type: String) {
        self.line = line
        self.version = version
        self.type = type
    }

    public func text(_ key: String) throws(JournalLineError) -> String? {
        guard let field = line.field(key) else { return nil }
        switch field.kind {
        case .null: return nil
        case .plainString, .escapedString: return line.string(field)
        default: throw JournalLineError("'\(key)' must be text")
        }
    }

    public func number(_ key: String) throws(JournalLineError) -> Int? {
        guard let field = line.field(key) else { return nil }
        switch field.kind {
        case .null: return nil
        case .integer: return field.number
        default: throw JournalLineError("'\(key)' must be a whole number")
        }
    }

    public func bool(_ key: String) throws(JournalLineError) -> Bool? {
        guard let field = line.field(key) else { return nil }
        switch field.kind {
        case .null: return nil
        case .boolean:
            guard case .boolean(let flag) = line.value(field) else { throw JournalLineError("'\(key)' must be true or false") }
            return flag
        default: throw JournalLineError("'\(key)' must be true or false")
        }
    }

    private func values(_ key: String, what: String) throws(JournalLineError) -> [JournalJSON.Value] {
        guard let field = line.field(key) else { return [] }
        switch field.kind {
        case .null: return []
        case .list: return line.list(field)
        default: throw JournalLineError("'\(key)' must be \(what)")
        }
    }

    public func texts(_ key: String) throws(JournalLineError) -> [String] {
        let values = try values(key, what: "a list of texts")
        var texts: [String] = []
        texts.reserveCapacity(values.count)
        for value in values {
            guard case .string(let text) = value else { throw JournalLineError("'\(key)' must be a list of texts") }
            texts.append(TextHygiene.cleanOnRead(text))
        }
        return texts
    }

    public func rows(_ key: String) throws(JournalLineError) -> [JournalObject] {
        var rows: [JournalObject] = []
        for value in try values(key, what: "a list of objects") {
            guard case .object(let row) = value else { throw JournalLineError("'\(key)' must be a list of objects") }
            rows.append(row)
        }
        return rows
    }

    public func need<T>(_ value: T?, _ key: String) throws(JournalLineError) -> T {
        guard let value else { throw JournalLineError("a '\(type)' event needs '\(key)'") }
        return value
    }

    public func requiredText(_ key: String) throws(JournalLineError) -> String { try need(text(key), key) }

    /// A program item: counted from 1 in the file, as people count, and from 0 in memory.
    /// Bounded here so that no later arithmetic on it can overflow.
    public func item(_ key: String = "item") throws(JournalLineError) -> Int {
        let value = try need(number(key), key)
        guard (1...Self.largestCount).contains(value) else {
            throw JournalLineError("'\(key)' must be from 1 to \(Self.largestCount), not \(value)")
        }
        return value - 1
    }

    /// A whole number checked against a range where it enters.
    public func bounded(_ key: String, _ range: ClosedRange<Int>) throws(JournalLineError) -> Int? {
        guard let value = try number(key) else { return nil }
        guard range.contains(value) else {
            throw JournalLineError("'\(key)' must be from \(range.lowerBound) to \(range.upperBound), not \(value)")
        }
        return value
    }

    /// Larger than any program, question list or minute count a day can have.
    public static let largestCount = 100_000
}
