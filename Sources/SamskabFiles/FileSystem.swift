#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a file system says about a path or an open file.
struct FileStatus: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case regular, directory, symbolicLink, other(mode_t) }
    var kind: Kind
    var size: Int
    var inode: UInt64
    /// Permission bits (`0o600`).
    var permissions: mode_t
    var owner: uid_t
    var links: Int
}

/// The seam under the journal, session creation and atomic file writes: every call that
/// touches a session's files goes through one of these. `POSIXFileSystem` calls the system;
/// the tests and `samskab-bench crash-states` put a file system in memory that records what
/// became durable (`MemoryFileSystem`), or one that fails the k-th call (`FaultyFileSystem`).
///
/// Results follow the system calls: a count or a descriptor, or minus the errno; an errno or nil.
protocol FileSystem: AnyObject {
    /// A descriptor (≥ 0), or minus the errno.
    func open(_ path: String, flags: Int32, mode: mode_t) -> Int32
    func close(_ descriptor: Int32)
    /// Bytes written (perhaps fewer than given), or minus the errno.
    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    /// Bytes read at `offset` (0 at the end), or minus the errno.
    func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int
    func fsync(_ descriptor: Int32) -> Int32?
    func fdatasync(_ descriptor: Int32) -> Int32?
    func ftruncate(_ descriptor: Int32, _ length: Int) -> Int32?
    func rename(_ from: String, _ to: String) -> Int32?
    func link(_ from: String, _ to: String) -> Int32?
    func unlink(_ path: String) -> Int32?
    func removeDirectory(_ path: String) -> Int32?
    func makeDirectory(_ path: String, mode: mode_t) -> Int32?
    func status(_ path: String, followLinks: Bool) -> Result<FileStatus, Errno>
    func status(_ descriptor: Int32) -> Result<FileStatus, Errno>
    func lock(_ descriptor: Int32) -> Int32?
    func unlock(_ descriptor: Int32)
    func setPermissions(_ descriptor: Int32, _ mode: mode_t)
    /// The names in a folder (without "." and ".."), or nil when it cannot be listed.
    func entries(_ path: String) -> [String]?
    /// A whole small regular file, never through a link when `followLinks` is false (the
    /// checks of `PlainFile.read`).
    func readFile(_ path: String, limit: Int, followLinks: Bool) -> Result<[UInt8], PlainFile.Failure>
    /// Whether `path`, links resolved, lies inside `folder`; nil when it does not exist.
    func isInside(_ path: String, folder: String) -> Bool?
    /// Definitions already parsed, by their bytes (file systems in memory only; see `DefinitionMemo`).
    var definitionMemo: DefinitionMemo? { get }
}

/// An errno as an error.
struct Errno: Error, Equatable, Sendable {
    var code: Int32
}

extension FileSystem {
    var definitionMemo: DefinitionMemo? { nil }

    /// Writes all of `bytes`, continuing after short writes. Returns the errno of a failure, or nil.
    func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
            }
            if written < 0 {
                if written == -Int(EINTR) { continue }
                return Int32(truncatingIfNeeded: 0 &- written)
            }
            if written == 0 { return EIO }
            offset += written
        }
        return nil
    }

    /// Reads `count` bytes at `offset` (fewer only at end of file).
    func readAt(_ descriptor: Int32, offset: Int, count: Int) -> Result<[UInt8], StorageError> {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]), at: offset + done)
            }
            if got < 0 {
                if got == -Int(EINTR) { continue }
                return .failure(StorageError(.io, "the journal cannot be read: \(POSIX.describe(Int32(truncatingIfNeeded: 0 &- got)))"))
            }
            if got == 0 { break }
            done += got
        }
        return .success(Array(bytes[..<done]))
    }

    /// Makes a folder's entries (new files, renames) durable.
    func syncDirectory(_ path: String) -> Int32? {
        let descriptor = open(path, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC, mode: 0)
        guard descriptor >= 0 else { return 0 &- descriptor }
        defer { close(descriptor) }
        return fsync(descriptor)
    }

    func fileSize(_ descriptor: Int32) -> (size: Int, inode: UInt64)? {
        guard case .success(let info) = status(descriptor) else { return nil }
        return (info.size, info.inode)
    }

    func pathInfo(_ path: String) -> (size: Int, inode: UInt64, isDirectory: Bool)? {
        guard case .success(let info) = status(path, followLinks: true) else { return nil }
        return (info.size, info.inode, info.kind == .directory)
    }

    /// Creates (or replaces) a file with `bytes`, owner-only, and syncs it — not its folder.
    func createFile(_ path: String, _ bytes: [UInt8], exclusive: Bool = false) -> Int32? {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
        let descriptor = open(path, flags: flags, mode: 0o600)
        guard descriptor >= 0 else { return 0 &- descriptor }
        defer { close(descriptor) }
        setPermissions(descriptor, 0o600)
        if let failure = writeAll(descriptor, bytes) { return failure }
        return fsync(descriptor)
    }

    func makeDirectory(_ path: String) -> Int32? {
        guard let failure = makeDirectory(path, mode: 0o700) else { return nil }
        return failure == EEXIST ? nil : failure
    }

    /// Removes a file, or a folder with everything in it.
    func removeTree(_ path: String) {
        if case .success(let info) = status(path, followLinks: false), info.kind == .directory {
            for name in entries(path) ?? [] { removeTree(path + "/" + name) }
            _ = removeDirectory(path)
        } else {
            _ = unlink(path)
        }
    }
}
