import SamskabSession

/// A hard problem in the journal: where it is and what is wrong. The session opens
/// read-only, with the state as it was before this line, rather than guessing.
public struct JournalDamage: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var byteOffset: Int
    public var message: String

    public var description: String {
        "\(file):\(line): the journal is damaged at byte \(byteOffset): \(message); the session is open read-only — "
            + "see docs/journal-format.md, 'Repairing a journal'"
    }
}

/// What reading a journal found.
public struct JournalScan: Sendable {
    /// Complete, well-formed, gap-free events, in order.
    public var records: [EventRecord] = []
    /// Bytes up to the end of the last complete line read (where the next append belongs).
    public var completeLength = 0
    /// Bytes after the last newline: a write that was cut off (or one still under way).
    public var tail: ArraySlice<UInt8> = []
    public var damage: JournalDamage?
    /// Lines read so far, for numbering later lines.
    public var lineCount = 0
    /// Line number and byte offset of each record, to locate a rule broken on replay.
    public var locations: [(line: Int, byteOffset: Int)] = []
}

/// Splits journal bytes into events and checks the sequence: gap-free from 1, ids unique.
struct JournalScanner {
    let file: String
    private(set) var scan = JournalScan()
    private var seenIDs: Set<String> = []

    init(file: String) {
        self.file = file
    }

    /// Reads `bytes`, which start at `scan.completeLength` in the file. Stops at the first damage.
    mutating func consume(_ bytes: ArraySlice<UInt8>) {
        guard scan.damage == nil else { return }
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            let line = bytes[start..<newline]
            scan.lineCount += 1
            let lineOffset = scan.completeLength
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                // A blank line (say, from a hand edit) carries nothing; skip it.
            } else if let problem = check(line, at: (scan.lineCount, lineOffset)) {
                scan.damage = JournalDamage(file: file, line: scan.lineCount, byteOffset: lineOffset, message: problem)
                scan.tail = []
                return
            }
            scan.completeLength += line.count + 1
            start = newline + 1
        }
        scan.tail = bytes[start...]
    }

    /// Forgets the unterminated tail once it has been moved aside and cut off.
    mutating func dropTail() {
        scan.tail = []
    }

    private mutating func check(_ line: ArraySlice<UInt8>, at location: (Int, Int)) -> String? {
        let record: EventRecord
        do {
            record = try EventRecord(line: line)
        } catch {
            return "this line is not a journal event (\(error.description))"
        }
        let expected = (scan.records.last?.sequence ?? 0) + 1
        if record.sequence < expected {
            return "sequence number \(record.sequence) repeats an earlier one (expected \(expected))"
        }
        if record.sequence > expected {
            return "sequence gap: expected \(expected), found \(record.sequence) — lines are missing"
        }
        if !seenIDs.insert(record.id).inserted { return "event id \(record.id) appears twice" }
        scan.records.append(record)
        scan.locations.append(location)
        return nil
    }
}
