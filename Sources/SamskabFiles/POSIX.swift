#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamskabSession

/// A failure of the file layer, said so a facilitator knows what happened and what to do.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case diskFull
        case io
        case notASession
        case damaged
        case rule
        /// Nothing to do: what was asked for already holds (see `SessionError.alreadySo`).
        case alreadySo
    }

    public var kind: Kind
    public var message: String
    /// The same in Danish, for the screens of a Danish workshop.
    public var danish: String?

    public init(_ kind: Kind, _ message: String, danish: String? = nil) {
        self.kind = kind
        self.message = message
        self.danish = danish
    }

    public var description: String { message }

    /// Danish when asked for and known, English otherwise.
    public func text(danish wanted: Bool) -> String { wanted ? (danish ?? message) : message }
}

/// Thin, explicit wrappers over the system calls the journal relies on.
enum POSIX {
    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "no space left on the disk"
        case EFBIG: "the file has reached the size limit"
        case EDQUOT: "the disk quota is used up"
        case EIO: "the disk reported an input/output error"
        case EACCES, EPERM: "permission denied"
        case ENOENT: "no such file or folder"
        case EROFS: "the disk is read-only"
        default: String(cString: strerror(code))
        }
    }

    /// The folder holding `path`: "." for a bare name, "/" for a name at the root.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func isDiskFull(_ code: Int32) -> Bool { code == ENOSPC || code == EFBIG || code == EDQUOT }

    /// Writes all of `bytes` at the descriptor's position (the end, with O_APPEND),
    /// continuing after short writes. Returns the errno of a failure, or nil.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return nil
    }

    /// Reads `count` bytes at `offset` (fewer only at end of file).
    static func readAt(_ descriptor: Int32, offset: Int, count: Int) -> Result<[UInt8], StorageError> {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return pread(descriptor, base + done, count - done, off_t(offset + done))
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(StorageError(.io, "the journal cannot be read: \(describe(errno))"))
            }
            if got == 0 { break }
            done += got
        }
        return .success(Array(bytes[..<done]))
    }

    static func dataSync(_ descriptor: Int32) -> Int32? {
        #if canImport(Darwin)
        return fsync(descriptor) == 0 ? nil : errno
        #else
        while fdatasync(descriptor) != 0 {
            if errno != EINTR { return errno }
        }
        return nil
        #endif
    }

    /// Makes a folder's entries (new files, renames) durable.
    static func syncDirectory(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return fsync(descriptor) == 0 ? nil : errno
    }

    static func lockExclusive(_ descriptor: Int32) -> Int32? {
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { return errno }
        }
        return nil
    }

    static func unlock(_ descriptor: Int32) {
        _ = flock(descriptor, LOCK_UN)
    }

    static func fileSize(_ descriptor: Int32) -> (size: Int, inode: UInt64)? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return (Int(info.st_size), UInt64(info.st_ino))
    }

    static func pathInfo(_ path: String) -> (size: Int, inode: UInt64, isDirectory: Bool)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), UInt64(info.st_ino), (info.st_mode & S_IFMT) == S_IFDIR)
    }

    /// Creates (or replaces) a file with `bytes`, owner-only, and syncs it — not its folder.
    static func createFile(_ path: String, _ bytes: [UInt8], exclusive: Bool = false) -> Int32? {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
        let descriptor = open(path, flags, 0o600)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        _ = fchmod(descriptor, 0o600)
        if let failure = writeAll(descriptor, bytes) { return failure }
        return fsync(descriptor) == 0 ? nil : errno
    }

    static func makeDirectory(_ path: String) -> Int32? {
        mkdir(path, 0o700) == 0 || errno == EEXIST ? nil : errno
    }

    /// The process's writer name for the journal: `command pid@host`.
    static func writerName(_ command: String) -> String {
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, host.count - 1)
        let hostName = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return "\(command) \(getpid())@\(hostName)"
    }

    /// 128 random bits as 32 hex digits, from the system's cryptographic source.
    static func randomID() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64, low = generator.next() as UInt64
        return hex(high) + hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func now() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }
}

extension Timestamp {
    static func now() -> Timestamp { Timestamp(millisecondsSinceEpoch: POSIX.now()) }
}
