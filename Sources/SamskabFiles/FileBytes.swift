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
