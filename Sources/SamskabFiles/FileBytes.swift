#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole small files with POSIX calls, so a failure can say exactly why.
public enum FileBytes {
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Files larger than this are refused: a definition or roster is a few kilobytes.
    public static let sizeLimit = 16 * 1024 * 1024

    public static func read(_ path: String) -> Result<[UInt8], ReadError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadError(description: reason(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadError(description: reason(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(ReadError(description: "it is a folder, not a file")) }
        if Int(info.st_size) > sizeLimit {
            return .failure(ReadError(description: "it is \(Int(info.st_size) / 1_048_576) MB, far larger than a definition "
                                      + "can be; is it the right file?"))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(description: reason(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > sizeLimit { return .failure(ReadError(description: "it is larger than 16 MB")) }
        }
        return .success(bytes)
    }

    /// Writes all of `bytes` to an open descriptor (standard output, say), through short writes
    /// and interruptions. Returns false if the descriptor refused them.
    @discardableResult
    public static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        POSIX.writeAll(descriptor, bytes) == nil
    }

    /// Writes all of `bytes` to an open descriptor, through short writes and interruptions.
    /// Returns the errno of a failure (ENOSPC for a full disk or /dev/full, EPIPE, EBADF…), or nil.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        POSIX.writeAll(descriptor, bytes)
    }

    public enum BoundedReadError: Error, Sendable, Equatable {
        /// More than the limit arrived; reading stopped there.
        case tooLong
        /// read(2) failed with this errno.
        case failed(Int32)
    }

    /// Reads an open descriptor (standard input, say) to its end with read(2), but never more
    /// than `limit` bytes: once more arrives, reading stops and the answer is `.tooLong`, so an
    /// endless writer (`yes |`) costs at most `limit` bytes and ends at once.
    public static func read(descriptor: Int32, limit: Int) -> Result<[UInt8], BoundedReadError> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            // One byte more than the limit is enough to know the input is too long.
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    // A non-blocking descriptor: wait until there is something to read.
                    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&request, 1, -1)
                    continue
                }
                return .failure(.failed(code))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit { return .failure(.tooLong) }
        }
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a folder, not a file"
        case ENOTDIR: "a part of the path is not a folder"
        default: String(cString: strerror(code))
        }
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
