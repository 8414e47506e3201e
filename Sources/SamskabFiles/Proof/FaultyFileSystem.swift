#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file system that fails the k-th call of one kind — open, write, fsync/fdatasync, or
/// rename/link — once or from then on, with EIO, ENOSPC or a short write, and otherwise passes
/// every call to the file system under it (issue 22, item 5a).
final class FaultyFileSystem: FileSystem {
    enum Call: String, CaseIterable, Sendable {
        case open, write, sync, rename
    }

    enum Failure: String, CaseIterable, Sendable {
        case io = "EIO"
        case full = "ENOSPC"
        /// A write that takes only half of what it was given (other calls: EIO).
        case short = "short write"
    }

    struct Fault: Sendable, CustomStringConvertible {
        var call: Call
        /// 1-based: the k-th call of that kind.
        var number: Int
        var failure: Failure
        /// From the k-th call on, not only that one.
        var forGood: Bool

        var description: String { "\(failure.rawValue) on \(call.rawValue) #\(number)\(forGood ? " and after" : " once")" }
    }

    let inner: any FileSystem
    var fault: Fault?
    private(set) var counts: [Call: Int] = [:]
    /// Calls failed so far.
    private(set) var failed = 0

    init(_ inner: any FileSystem, fault: Fault? = nil) {
        self.inner = inner
        self.fault = fault
    }

    var definitionMemo: DefinitionMemo? { inner.definitionMemo }

    /// Counts a call; the failure to give it, if it is to fail.
    private func next(_ call: Call) -> Failure? {
        let number = counts[call, default: 0] + 1
        counts[call] = number
        guard let fault, fault.call == call, number == fault.number || (fault.forGood && number > fault.number) else {
            return nil
        }
        failed += 1
        return fault.failure
    }

    private static func code(_ failure: Failure) -> Int32 { failure == .full ? ENOSPC : EIO }

    func open(_ path: String, flags: Int32, mode: mode_t) -> Int32 {
        if let failure = next(.open) { return 0 &- Self.code(failure) }
        return inner.open(path, flags: flags, mode: mode)
    }

    func close(_ descriptor: Int32) { inner.close(descriptor) }

    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        guard let failure = next(.write) else { return inner.write(descriptor, bytes) }
        guard failure == .short, bytes.count > 1 else { return 0 &- Int(Self.code(failure)) }
        return inner.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count / 2)]))
    }

    func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        inner.read(descriptor, into: buffer, at: offset)
    }

    func fsync(_ descriptor: Int32) -> Int32? {
        if let failure = next(.sync) { return failed(descriptor, failure) }
        return inner.fsync(descriptor)
    }

    func fdatasync(_ descriptor: Int32) -> Int32? {
        if let failure = next(.sync) { return failed(descriptor, failure) }
        return inner.fdatasync(descriptor)
    }

    /// A failed sync: as on Linux, what was not yet on the disk never gets there.
    private func failed(_ descriptor: Int32, _ failure: Failure) -> Int32 {
        (inner as? MemoryFileSystem)?.loseUnsynced(descriptor)
        return Self.code(failure)
    }

    func ftruncate(_ descriptor: Int32, _ length: Int) -> Int32? { inner.ftruncate(descriptor, length) }

    func rename(_ from: String, _ to: String) -> Int32? {
        if let failure = next(.rename) { return Self.code(failure) }
        return inner.rename(from, to)
    }

    func link(_ from: String, _ to: String) -> Int32? {
        if let failure = next(.rename) { return Self.code(failure) }
        return inner.link(from, to)
    }

    func unlink(_ path: String) -> Int32? { inner.unlink(path) }
    func removeDirectory(_ path: String) -> Int32? { inner.removeDirectory(path) }
    func makeDirectory(_ path: String, mode: mode_t) -> Int32? { inner.makeDirectory(path, mode: mode) }
    func status(_ path: String, followLinks: Bool) -> Result<FileStatus, Errno> { inner.status(path, followLinks: followLinks) }
    func status(_ descriptor: Int32) -> Result<FileStatus, Errno> { inner.status(descriptor) }
    func lock(_ descriptor: Int32) -> Int32? { inner.lock(descriptor) }
    func unlock(_ descriptor: Int32) { inner.unlock(descriptor) }
    func setPermissions(_ descriptor: Int32, _ mode: mode_t) { inner.setPermissions(descriptor, mode) }
    func entries(_ path: String) -> [String]? { inner.entries(path) }

    /// A whole-file read (the definition) opens the file: it counts as an open.
    func readFile(_ path: String, limit: Int, followLinks: Bool) -> Result<[UInt8], PlainFile.Failure> {
        if let failure = next(.open) { return .failure(.unreadable(reason: POSIX.describe(Self.code(failure)))) }
        return inner.readFile(path, limit: limit, followLinks: followLinks)
    }

    func isInside(_ path: String, folder: String) -> Bool? { inner.isInside(path, folder: folder) }
}
