#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SamskabModel

/// A rehearsal resumed on the workshop's date: the answer is kept beside the journal
/// (`resumed-on`, the date), so that after a crash the same `run` goes on without asking again.
extension SessionFolder {
    static let resumedOnName = "resumed-on"

    /// The day a rehearsal was last chosen to be resumed, if any (anything unreadable: none).
    public var resumedOn: CalendarDate? {
        let descriptor = open(path + "/" + Self.resumedOnName, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard case .success(let bytes) = FileBytes.read(descriptor: descriptor, limit: 64) else { return nil }
        return CalendarDate(iso: String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Remembers that the rehearsal is resumed on `day` (durably: written aside, fsynced, renamed).
    public func markResumed(on day: CalendarDate) throws(StorageError) {
        try AtomicFile.write(Array(day.description.utf8) + [0x0A], to: path + "/" + Self.resumedOnName)
    }

    /// Forgets it (a fresh session was chosen instead).
    public func forgetResumed() {
        _ = unlink(path + "/" + Self.resumedOnName)
    }
}
