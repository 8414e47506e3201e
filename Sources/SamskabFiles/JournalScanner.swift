import Foundation
import SamskabSession
import SamskabJournalLine

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
    /// Bytes after the last newline: a write that was cut off (or one still under way); or the
    /// last line and what follows it when that line holds a NUL byte (see `JournalScanner.consume`).
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
        var lines: [Range<Int>] = []
        var start = bytes.startIndex
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                lines.append((bytes.startIndex + offset)..<(bytes.startIndex + newline))
                offset = newline + 1
            }
            start = bytes.startIndex + offset
            // A last line holding a NUL byte is what a power cut leaves of a write whose later
            // sectors reached the disk before an earlier one (the hole reads as zeros): no line
            // samskab writes has one, and a line acknowledged was synced whole, so it is torn.
            if let last = lines.last, !last.isEmpty,
               memchr(base + (last.lowerBound - bytes.startIndex), 0, last.count) != nil {
                start = last.lowerBound
                lines.removeLast()
            }
        }
        let decoded = Self.decode(bytes, lines)
        for (line, result) in zip(lines, decoded) {
            scan.lineCount += 1
            let lineOffset = scan.completeLength
            if let result, let problem = check(result, at: (scan.lineCount, lineOffset)) {
                // A blank line (say, from a hand edit) carries nothing and has no result.
                scan.damage = JournalDamage(file: file, line: scan.lineCount, byteOffset: lineOffset, message: problem)
                scan.tail = []
                return
            }
            scan.completeLength += line.count + 1
        }
        scan.tail = bytes[start...]
    }

    /// Decodes lines (nil for a blank one). A large read — opening a session with thousands of
    /// events — is decoded on every core at once: lines are independent until they are folded,
    /// which stays in order.
    static func decode(_ bytes: ArraySlice<UInt8>, _ lines: [Range<Int>]) -> [Result<EventRecord, JournalLineError>?] {
        @Sendable func one(_ range: Range<Int>) -> Result<EventRecord, JournalLineError>? {
            let line = bytes[range]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
            do {
                return .success(try EventRecord(line: line))
            } catch {
                return .failure(error)
            }
        }
        guard lines.count >= 2000, cores > 1 else { return lines.map(one) }
        let chunks = min(cores * 2, 16)
        let size = (lines.count + chunks - 1) / chunks
        let results = ResultSlots(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * size)..<min(lines.count, (chunk + 1) * size)
            results.store(range.isEmpty ? [] : lines[range].map(one), at: chunk)
        }
        return results.joined()
    }

    private mutating func check(_ result: Result<EventRecord, JournalLineError>, at location: (Int, Int)) -> String? {
        switch result {
        case .failure(let error):
            return "this line is not a journal event (\(error.description))"
        case .success(let record):
            return check(record, at: location)
        }
    }

    /// Asked once: the count reads the cgroup's files, which costs more than an append.
    static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// Takes a record this process has just written (with its line of `length` bytes) without
    /// reading the line back: it was checked and applied before it was written.
    mutating func accept(written record: EventRecord, length: Int) {
        scan.lineCount += 1
        scan.locations.append((scan.lineCount, scan.completeLength))
        scan.completeLength += length
        scan.records.append(record)
        seenIDs.insert(record.id)
    }

    /// Forgets the unterminated tail once it has been moved aside and cut off.
    mutating func dropTail() {
        scan.tail = []
    }

    private mutating func check(_ record: EventRecord, at location: (Int, Int)) -> String? {
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

/// One slot per chunk of a parallel decode; each chunk writes only its own slot.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [[Result<EventRecord, JournalLineError>?]]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    func store(_ results: [Result<EventRecord, JournalLineError>?], at index: Int) {
        lock.lock()
        slots[index] = results
        lock.unlock()
    }

    func joined() -> [Result<EventRecord, JournalLineError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots.flatMap { $0 }
    }
}
