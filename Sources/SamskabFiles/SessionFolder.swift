#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SamskabModel
import SamskabSession

/// One session on disk: a folder with a frozen copy of the definition and the journal.
///
///     Sessions/<name>/
///       session.json      what the folder is (format, source, created)
///       definition.yaml   the definition as it was when the session started
///       files/            files the definition names (the roster CSV), frozen too
///       journal.jsonl     the events, one a line — the only truth
///       quarantine/       torn tails moved aside by recovery
///
/// Everything is owner-only (0700 folders, 0600 files): notes carry personal opinions.
public final class SessionFolder {
    public static let journalName = "journal.jsonl"
    public static let definitionName = "definition.yaml"
    public static let markerName = "session.json"

    public let path: String
    public let workshop: Workshop
    public private(set) var state: SessionState
    /// Set when the journal is damaged: the state is as of the line before, and nothing is written.
    public private(set) var damage: JournalDamage?
    /// Things recovery did that the user should hear about (a quarantined torn tail).
    public private(set) var notices: [String] = []

    var scanner: JournalScanner
    /// Every call on the session's files goes through here (the system's, or a test's).
    let files: any FileSystem
    var journalInode: UInt64 = 0
    var writeDescriptor: Int32 = -1

    public var journalPath: String { path + "/" + Self.journalName }
    /// Every event read or written, in order.
    public var records: [EventRecord] { scanner.scan.records }
    public var isReadOnly: Bool { damage != nil }

    // MARK: Opening

    /// Opens an existing session folder and reads its whole journal.
    public convenience init(opening path: String) throws(StorageError) {
        try self.init(opening: path, files: POSIXFileSystem.shared)
    }

    /// Opens an existing session folder on `files` and reads its whole journal.
    init(opening path: String, files: any FileSystem) throws(StorageError) {
        let path = Self.trimmed(path)
        guard let info = files.pathInfo(path), info.isDirectory else {
            throw StorageError(.notASession, "'\(path)' is not a session folder: no such folder")
        }
        for name in [Self.markerName, Self.definitionName, Self.journalName]
        where files.pathInfo(path + "/" + name) == nil {
            let failure: Int32
            if case .failure(let error) = files.status(path + "/" + name, followLinks: true) { failure = error.code } else { failure = 0 }
            if failure == EACCES || failure == EPERM {
                throw StorageError(.io, "'\(path)/\(name)' cannot be read: \(POSIX.describe(failure)) — the session "
                                   + "belongs to another user, or its permissions were changed; run as its owner")
            }
            throw StorageError(.notASession, "'\(path)' is not a session folder: it has no \(name) "
                               + "(a session is made by 'samskab start FILE')")
        }
        let outcome = DefinitionFile.load(path + "/" + Self.definitionName, followLinks: false, files: files) { name in
            path + "/files/" + Self.fileName(name)
        }
        guard let workshop = outcome.workshop else {
            let problems = outcome.errors.map(\.description).joined(separator: "\n")
            throw StorageError(.damaged, "the session's frozen definition has errors (was it edited by hand?):\n\(problems)")
        }
        self.path = path
        self.files = files
        self.workshop = workshop
        self.state = SessionState(workshop: workshop)
        self.scanner = JournalScanner(file: path + "/" + Self.journalName)
        notices += try Self.journalWarnings(path + "/" + Self.journalName, files: files)
        notices += Self.exposure(of: path, files: files)
        _ = try refresh()
    }

    /// A reader on `files` that starts from what `other` has read, and reads only what follows,
    /// as a follower does (`refresh`): the crash-state proof recovers thousands of states that
    /// share the start of one journal (the caller checks that they do).
    init(continuing other: SessionFolder, files: any FileSystem) throws(StorageError) {
        path = other.path
        workshop = other.workshop
        state = other.state
        damage = other.damage
        scanner = other.scanner
        journalInode = other.journalInode
        self.files = files
        _ = try refresh()
    }

    /// Warnings for a session others could change: a folder or journal writable by others, or a
    /// journal that is a symbolic link (perhaps into another session). Shown, not refused: the
    /// day must go on, but the facilitator must know.
    static func exposure(of path: String, files: any FileSystem) -> [String] {
        var warnings: [String] = []
        for (what, file) in [("the session folder", path), ("the journal", path + "/" + journalName)] {
            guard case .success(let info) = files.status(file, followLinks: false) else { continue }
            if info.kind == .symbolicLink {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: file)) ?? "?"
                warnings.append("\(what) \(file) is a symbolic link (to \(target)): notes may be written somewhere else; "
                                + "replace it by the file itself")
            } else if info.permissions & 0o022 != 0 {
                warnings.append("\(what) \(file) can be changed by other users (mode \(String(info.permissions & 0o777, radix: 8))); "
                                + "run 'chmod go-w \(file)'")
            }
        }
        return warnings
    }

    deinit {
        if writeDescriptor >= 0 { files.close(writeDescriptor) }
    }

    // MARK: Reading and following

    /// Reads what other processes appended since the last look. Returns true when the state changed.
    /// A journal replaced by another file (new inode, or shorter than read) is read again from the start.
    @discardableResult
    public func refresh() throws(StorageError) -> Bool {
        guard let info = files.pathInfo(journalPath) else {
            throw StorageError(.damaged, "the journal \(journalPath) has disappeared")
        }
        var replaced = false
        if journalInode != 0, info.inode != journalInode || info.size < scanner.scan.completeLength {
            reset()
            replaced = true
        }
        journalInode = info.inode
        // Bytes past the last whole line are read again each time: a torn tail another writer
        // cut off and replaced by a new line of the same length must not be mistaken for no change.
        guard info.size > scanner.scan.completeLength else { return replaced }
        // Never through a link, and never waiting on a FIFO swapped in since it was looked at.
        let descriptor = files.open(journalPath, flags: O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, mode: 0)
        guard descriptor >= 0 else {
            throw StorageError(.io, "the journal cannot be opened: \(POSIX.describe(0 &- descriptor))")
        }
        defer { files.close(descriptor) }
        return try ingest(from: descriptor, upTo: info.size) || replaced
    }

    private func reset() {
        forgetWhatWasRead()
        if writeDescriptor >= 0 {
            files.close(writeDescriptor)
            writeDescriptor = -1
        }
    }

    /// Reads bytes from the end of the last complete line up to `size` and folds the new events.
    private func ingest(from descriptor: Int32, upTo size: Int) throws(StorageError) -> Bool {
        guard damage == nil else { return false }
        let start = scanner.scan.completeLength
        guard size > start else { return false }
        let bytes = try files.readAt(descriptor, offset: start, count: size - start).get()
        let before = scanner.scan.records.count
        scanner.consume(bytes[...])
        var changed = false
        for index in before..<scanner.scan.records.count {
            do {
                try state.apply(scanner.scan.records[index])
                changed = true
            } catch {
                let location = scanner.scan.locations[index]
                damage = JournalDamage(file: journalPath, line: location.line, byteOffset: location.byteOffset,
                                       message: "this event breaks a rule of the session: \(error.message)")
                return changed
            }
        }
        if let found = scanner.scan.damage { damage = found }
        return changed
    }

    // MARK: Writing

    /// Asks the engine to carry out `command` against the freshest state, under the journal's
    /// lock, and appends the event it decides on, durably. Returns the record written; a refusal
    /// is a `StorageError` of kind `.rule` with the engine's words in both languages.
    public func submit(_ command: Command, by requester: Requester, writer: String) throws(StorageError) -> EventRecord {
        let random = UInt64.random(in: .min ... .max)
        return try append(writer: writer) { state throws(SessionError) in
            try Engine.decide(command, by: requester, in: state, random: random)
        }
    }

    /// Appends one event made from the current state, durably (front ends use `submit`; this is
    /// for tools and tests that write prepared events): under an exclusive lock, after
    /// reading every event other writers added, checked against the state, written with
    /// O_APPEND and flushed with fdatasync before this returns. Returns the event written.
    public func append(writer: String, _ make: (SessionState) throws(SessionError) -> (Actor, Event))
        throws(StorageError) -> EventRecord {
        let descriptor = try openForWriting()
        // Catch up with other writers before taking the lock, so that the lock is held only for
        // the few lines written since, this event, and the fdatasync: many kiosks writing at once
        // then queue for the disk, not for each other's reading.
        if let info = files.fileSize(descriptor), info.inode == journalInode, damage == nil {
            _ = try? ingest(from: descriptor, upTo: info.size)
        }
        if let failure = files.lock(descriptor) {
            throw StorageError(.io, "the journal cannot be locked: \(POSIX.describe(failure))")
        }
        let (record, end): (EventRecord, Int)
        do {
            defer { files.unlock(descriptor) }
            (record, end) = try writeLocked(descriptor, writer: writer, make)
        }
        // The fdatasync runs after the lock is given back (group commit): the next writer can
        // append while this one waits for the disk, and one flush often confirms several lines.
        // A line is reported saved only once its own fdatasync has returned, and fdatasync
        // confirms everything written to the file before it, so what is acknowledged is durable.
        if let failure = files.fdatasync(descriptor) {
            try takeBack(descriptor, end: end, failure: failure)
        }
        return record
    }

    /// Under the lock: catch up, decide, check, apply and write one line. Returns the record and
    /// where its line ends in the file.
    private func writeLocked(_ descriptor: Int32, writer: String,
                             _ make: (SessionState) throws(SessionError) -> (Actor, Event)) throws(StorageError)
        -> (EventRecord, Int) {
        guard let info = files.fileSize(descriptor) else {
            throw StorageError(.io, "the journal cannot be read: its size cannot be told")
        }
        if info.inode != journalInode {
            // Replaced since we opened it: start over from the file now at the path.
            reset()
            journalInode = info.inode
            throw StorageError(.io, "the journal was replaced by another file while open; run the command again")
        }
        if info.size < scanner.scan.completeLength {
            // A line read without the lock was taken back by its writer (its write could not be
            // confirmed): read the journal again from the start, keeping the lock.
            forgetWhatWasRead()
        }
        _ = try ingest(from: descriptor, upTo: info.size)
        if let damage { throw StorageError(.damaged, damage.description) }
        if !scanner.scan.tail.isEmpty { try quarantineTail(descriptor) }

        let (actor, event): (Actor, Event)
        do {
            (actor, event) = try make(state)
        } catch {
            throw StorageError(error.alreadySo ? .alreadySo : .rule, error.message, danish: error.danish)
        }
        let record = EventRecord(
            sequence: state.lastSequence + 1, id: POSIX.randomID(),
            time: Timestamp(millisecondsSinceEpoch: POSIX.now()), writer: writer, actor: actor, event: event)
        // Applied before writing, so it is checked; undone below if the write fails. (apply
        // changes nothing when it throws, and mutating in place avoids copying the state.)
        do {
            try state.apply(record)
        } catch {
            throw StorageError(.rule, error.message, danish: error.danish)
        }
        let line = record.line()
        let sizeBefore = scanner.scan.completeLength
        FaultInjection.beforeWrite(descriptor, line)
        if let failure = files.writeAll(descriptor, line) {
            _ = files.ftruncate(descriptor, sizeBefore)
            _ = files.fdatasync(descriptor)
            refold()
            if POSIX.isDiskFull(failure) {
                throw StorageError(.diskFull, "disk full: nothing was saved (\(POSIX.describe(failure))); free some "
                                   + "space and try again — everything saved before is intact",
                                   danish: "Disken er fuld: intet blev gemt. Skaf plads og prøv igen — alt gemt før er i behold")
            }
            throw StorageError(.io, "nothing was saved: writing the journal failed (\(POSIX.describe(failure)))")
        }
        scanner.accept(written: record, length: line.count)
        return (record, sizeBefore + line.count)
    }

    /// The disk could not confirm a line. If it is still the journal's last, it is cut off, so an
    /// unconfirmed event never appears later; if others have written after it, it cannot be taken
    /// back without taking theirs, and the message says so. Either way success is never reported.
    private func takeBack(_ descriptor: Int32, end: Int, failure: Int32) throws(StorageError) {
        let kind: StorageError.Kind = POSIX.isDiskFull(failure) ? .diskFull : .io
        _ = files.lock(descriptor)
        defer { files.unlock(descriptor) }
        guard let info = files.fileSize(descriptor), info.size == end, let last = scanner.scan.records.last,
              scanner.scan.completeLength == end else {
            throw StorageError(kind, "the disk could not confirm the write (\(POSIX.describe(failure))); other terminals "
                               + "have written since, so it stays in the journal but may not survive a power cut — "
                               + "check the disk", danish: "Disken kunne ikke bekræfte det gemte; tjek disken")
        }
        let lineStart = end - last.line().count
        _ = files.ftruncate(descriptor, lineStart)
        _ = files.fdatasync(descriptor)
        // Read the journal again from the start: the state and the scanner forget the line.
        forgetWhatWasRead()
        _ = try? ingest(from: descriptor, upTo: lineStart)
        throw StorageError(kind, "nothing was saved: the disk could not confirm the write (\(POSIX.describe(failure)))",
                           danish: "Intet blev gemt: disken kunne ikke bekræfte skrivningen")
    }

    /// Back to before the first line, to read the journal again from the start.
    private func forgetWhatWasRead() {
        state = SessionState(workshop: workshop)
        scanner = JournalScanner(file: journalPath)
        damage = nil
    }

    /// The state again from the records read, after an event applied in memory was not written.
    private func refold() {
        var fresh = SessionState(workshop: workshop)
        for record in scanner.scan.records { try? fresh.apply(record) }
        state = fresh
    }

    private func openForWriting() throws(StorageError) -> Int32 {
        if writeDescriptor >= 0 { return writeDescriptor }
        if let damage { throw StorageError(.damaged, damage.description) }
        // A write past a file-size limit must fail with EFBIG, not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        let descriptor = files.open(journalPath, flags: O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, mode: 0)
        guard descriptor >= 0 else {
            throw StorageError(.io, "the journal cannot be opened for writing: \(POSIX.describe(0 &- descriptor))")
        }
        writeDescriptor = descriptor
        return descriptor
    }

    /// Moves an unterminated last line aside. Only a writer holding the lock may do this:
    /// then no other write can be under way, so the line is the remains of one that died.
    private func quarantineTail(_ descriptor: Int32) throws(StorageError) {
        let tail = Array(scanner.scan.tail)
        let folder = path + "/quarantine"
        if let failure = files.makeDirectory(folder) {
            throw StorageError(.io, "a torn last line cannot be moved aside: \(POSIX.describe(failure))")
        }
        let name = "journal-torn-after-seq-\(state.lastSequence)-\(POSIX.now()).jsonl"
        if let failure = files.createFile(folder + "/" + name, tail, exclusive: true) ?? files.syncDirectory(folder) {
            // No empty or partial copy left behind: the tail is still in the journal.
            if failure != EEXIST { _ = files.unlink(folder + "/" + name) }
            throw StorageError(POSIX.isDiskFull(failure) ? .diskFull : .io,
                               "a torn last line cannot be moved aside: \(POSIX.describe(failure))")
        }
        _ = files.syncDirectory(path)
        if let failure = files.ftruncate(descriptor, scanner.scan.completeLength) ?? files.fdatasync(descriptor) {
            throw StorageError(.io, "the torn last line cannot be cut off the journal: \(POSIX.describe(failure))")
        }
        scanner.dropTail()
        notices.append("the journal ended in an incomplete line (\(tail.count) bytes from a write that was cut off); "
                       + "it was moved to quarantine/\(name) and everything before it is kept")
    }

    // MARK: Helpers

    static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// The name a related file is frozen under in files/.
    static func fileName(_ name: String) -> String {
        name.split(separator: "/").last.map(String.init) ?? name
    }
}
