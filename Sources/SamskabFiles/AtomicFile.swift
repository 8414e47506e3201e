#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file so that readers see the old or the new contents, never half.
/// Only ever replaces a regular file: a device, a pipe, a socket, a folder or a symbolic link
/// at the path is left alone (renaming over `/dev/full` would turn the device into a file).
public enum AtomicFile {
    /// What is at a path, seen without following a final symbolic link.
    public enum Existing: Equatable, Sendable {
        case nothing
        case regularFile
        case folder
        case symbolicLink
        /// A device, a named pipe or a socket, said in words ("a device").
        case special(String)
    }

    /// What is at `path` (lstat): nothing, a regular file, a folder, a symbolic link or something special.
    /// A path that cannot be looked at (a part of it is not a folder, say) counts as nothing;
    /// writing there then fails with the system's reason.
    public static func existing(_ path: String) -> Existing {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .nothing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        case S_IFCHR, S_IFBLK: return .special("a device")
        case S_IFIFO: return .special("a named pipe (FIFO)")
        case S_IFSOCK: return .special("a socket")
        default: return .special("not a regular file")
        }
    }

    /// Replaces the regular file at `path` (or creates it) with `bytes`, atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(StorageError) {
        try refuseAnythingButARegularFile(path)
        let temporary = try writeTemporary(bytes, for: path)
        // Looked at again just before the rename: the window for a swap is as small as it gets.
        do {
            try refuseAnythingButARegularFile(path)
        } catch {
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw StorageError(.io, "\(path) cannot be written: \(POSIX.describe(code))")
        }
        _ = POSIX.syncDirectory(POSIX.folder(of: path))
    }

    /// Creates a new file at `path` with `bytes`, atomically, never replacing anything.
    /// Returns false, having written nothing, when something is already at `path`.
    public static func create(_ bytes: [UInt8], at path: String) throws(StorageError) -> Bool {
        if existing(path) != .nothing { return false }
        let temporary = try writeTemporary(bytes, for: path)
        defer { unlink(temporary) }
        // link(2) refuses to replace an existing name, unlike rename(2).
        if link(temporary, path) != 0 {
            let code = errno
            if code == EEXIST { return false }
            // File systems without hard links: rename, having looked once more.
            guard [EPERM, EXDEV, EMLINK, ENOSYS, EOPNOTSUPP].contains(code) else {
                throw StorageError(.io, "\(path) cannot be written: \(POSIX.describe(code))")
            }
            if existing(path) != .nothing { return false }
            if rename(temporary, path) != 0 {
                throw StorageError(.io, "\(path) cannot be written: \(POSIX.describe(errno))")
            }
        }
        _ = POSIX.syncDirectory(POSIX.folder(of: path))
        return true
    }

    private static func refuseAnythingButARegularFile(_ path: String) throws(StorageError) {
        let what: String
        switch existing(path) {
        case .nothing, .regularFile: return
        case .folder: what = "a folder"
        case .symbolicLink: what = "a symbolic link"
        case .special(let kind): what = kind
        }
        throw StorageError(.rule, "\(path) is \(what), not a regular file; it was left as it is")
    }

    /// The bytes written and synced beside `path` under a name of this process's own.
    private static func writeTemporary(_ bytes: [UInt8], for path: String) throws(StorageError) -> String {
        let temporary = path + ".writing-\(getpid())"
        unlink(temporary) // a leftover of an earlier process with the same id
        if let code = POSIX.createFile(temporary, bytes, exclusive: true) {
            unlink(temporary)
            throw StorageError(POSIX.isDiskFull(code) ? .diskFull : .io, "\(path) cannot be written: \(POSIX.describe(code))")
        }
        return temporary
    }
}
