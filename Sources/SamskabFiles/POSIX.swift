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

    /// The file operations below are the real file system's (`POSIXFileSystem`), for the
    /// callers outside a session's files (standard output, the projector's lock).
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        POSIXFileSystem.shared.writeAll(descriptor, bytes)
    }

    static func dataSync(_ descriptor: Int32) -> Int32? {
        POSIXFileSystem.shared.fdatasync(descriptor)
    }

    static func syncDirectory(_ path: String) -> Int32? {
        POSIXFileSystem.shared.syncDirectory(path)
    }

    static func pathInfo(_ path: String) -> (size: Int, inode: UInt64, isDirectory: Bool)? {
        POSIXFileSystem.shared.pathInfo(path)
    }

    static func createFile(_ path: String, _ bytes: [UInt8], exclusive: Bool = false) -> Int32? {
        POSIXFileSystem.shared.createFile(path, bytes, exclusive: exclusive)
    }

    static func makeDirectory(_ path: String) -> Int32? {
        POSIXFileSystem.shared.makeDirectory(path)
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
