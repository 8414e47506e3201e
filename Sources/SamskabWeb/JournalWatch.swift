#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Notices other writers (a kiosk, the CLI, the projector) appending to the journal, without
/// busy polling: on Linux one thread sleeps in poll(2) on an inotify watch of the session folder
/// and calls `changed` as soon as a file in it is written or replaced, and once a second anyway
/// (a stat, in case a change went unreported: an overflow, a file system without inotify).
/// Elsewhere, or when inotify cannot be had, it calls `changed` five times a second.
final class JournalWatch: @unchecked Sendable {
    static let quietMilliseconds: Int32 = 1000
    static let pollingMilliseconds: Int32 = 200

    private let folder: String
    private let changed: @Sendable () -> Void
    private let lock = NSLock()
    private var stopped = false

    init(folder: String, changed: @escaping @Sendable () -> Void) {
        self.folder = folder
        self.changed = changed
    }

    func start() {
        let thread = Thread { self.run() }
        thread.name = "samskab journal watch"
        thread.stackSize = 256 * 1024
        thread.start()
    }

    /// Ends the watch within `quietMilliseconds`.
    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func run() {
        let descriptor = Self.watch(folder)
        defer { if descriptor >= 0 { close(descriptor) } }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !isStopped {
            if descriptor >= 0 {
                var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                if poll(&entry, 1, Self.quietMilliseconds) > 0 {
                    // Drain what is there; which file it was does not matter (a refresh is a stat).
                    while read(descriptor, &buffer, buffer.count) > 0 {}
                }
            } else {
                var none = pollfd(fd: -1, events: 0, revents: 0)
                _ = poll(&none, 0, Self.pollingMilliseconds)
            }
            guard !isStopped else { return }
            changed()
        }
    }

    /// A non-blocking inotify descriptor watching the folder's files being written, made or
    /// moved in; -1 where there is none.
    private static func watch(_ folder: String) -> Int32 {
#if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return -1 }
        let mask = UInt32(IN_MODIFY) | UInt32(IN_CREATE) | UInt32(IN_MOVED_TO) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
        guard inotify_add_watch(descriptor, folder, mask) >= 0 else {
            close(descriptor)
            return -1
        }
        return descriptor
#else
        return -1
#endif
    }
}
